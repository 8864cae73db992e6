"""The main window's parts: what is shown, and one controller per job (files, library,
comparison, session, actions), none of which knows the window class."""
