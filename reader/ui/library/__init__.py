"""The Library tab: the corpus library's table, search, story groups, the similarity heat map and the import dialog."""
