"""The Open texts tab: files opened or dropped on the window, read in the background, listed and filtered."""
