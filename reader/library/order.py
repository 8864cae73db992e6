"""The library table's sort keys and the indexed columns they order by: here, apart from the
schema (reader.library.db), so that the CLI's parser offers them without importing sqlite3."""

ORDER_COLUMNS = {
    "id": "a.id",
    "title": "a.title_key",
    "source": "a.source",
    "date": "a.date",
    "length": "a.length",
    "group": "a.group_id",
    "imported": "a.imported_at",
}
