"""What every part of the reader uses: background jobs, the message bar, theme, settings, table columns, resources, drops."""
