"""Story groups computed on a cluster, read back for a library: `versus import-groups` (issue 14).

The groups folder is the Spark job's output (reader.scale.group): Parquet files right in the
folder (``part-*.parquet``, as Spark writes a DataFrame) or, when it has none, in its subfolder
``groups/``; names starting with ``_`` or ``.`` are skipped (``_SUCCESS``, checksums). One row
per article:

    article_id   integer  the library's article id (the id column of `versus export-corpus`)
    group_id     integer  the group's key: the articles with the same key are one story group
    group_size   integer  optional: when there, every group must have that many rows (a check
                          against a folder copied in part: a missing file is an error)
    earliest_id  integer  not used here (the library takes a group's smallest id)
    similarity   double   not used here

Beside them, ``_summary.json`` (or ``summary.json``) with ``"params"``: the grouping parameters
the job used (``threshold``, ``num_perm``, ``shingle``, ``seed``, ``bands``, ``rows``), which
become the library's. A folder without a summary is still read (``params`` is None: the library
keeps its parameters, and the command says so); a summary that cannot be read or lacks a
parameter is an error, as is a row without an article id or a group id, or an article in two
rows. The job writes a row for each article with a signature: an article with no words is in no
row, and in no group, as in the library.

Everything is read and checked before the library is touched, so a bad folder changes nothing;
``Library.replace_groups`` then writes the groups in one transaction. Memory: the three integer
columns, 24 bytes per article (24 MB for a million).

pyarrow (the [spark] extra) is imported only inside the functions.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.library.grouping import GroupParams
from reader.scale.errors import ScaleError

SUMMARIES = ("_summary.json", "summary.json")  # the job's name (Spark skips "_" files), and a plain one
SUBFOLDER = "groups"
REQUIRED = ("article_id", "group_id")
PARAMS = ("threshold", "num_perm", "shingle", "seed", "bands", "rows")
CHUNK = 65_536


class GroupsFileError(ScaleError):
    """A groups folder that cannot be used."""


@dataclass(frozen=True)
class GroupsFile:
    path: Path
    files: tuple[Path, ...]
    table: Any                  # pyarrow.Table: article_id, group_id (int64), one row per article
    params: GroupParams | None  # None: no summary

    @property
    def rows(self) -> int:
        return self.table.num_rows

    def pairs(self) -> Iterator[tuple[int, int]]:
        """(article id, group key) for ``Library.replace_groups``, a chunk at a time."""
        for batch in self.table.to_batches(max_chunksize=CHUNK):
            yield from zip(batch.column(0).to_pylist(), batch.column(1).to_pylist())


def parquet_files(path: Path) -> list[Path]:
    """The groups' Parquet files: ``path`` itself if it is a file; else those in it, else those
    in its ``groups/``; hidden ones (``_``, ``.``) left out."""
    if path.is_file():
        return [path]
    for folder in (path, path / SUBFOLDER):
        if folder.is_dir():
            found = sorted(p for p in folder.iterdir()
                           if p.suffix == ".parquet" and not p.name.startswith(("_", ".")) and p.is_file())
            if found:
                return found
    return []


def read_groups(path: str | os.PathLike) -> GroupsFile:
    """Read and check a groups folder (see the module's docstring); raise GroupsFileError."""
    import pyarrow as pa

    path = Path(path)
    files = parquet_files(path)
    if not files:
        raise GroupsFileError("{path}: no Parquet files of story groups there", path=str(path))
    tables = [_read(file) for file in files]
    table = pa.concat_tables(tables) if len(tables) > 1 else tables[0]
    _check(table, path)
    folder = path.parent if path.is_file() else path
    summary = next((folder / name for name in SUMMARIES if (folder / name).exists()), None)
    params = None if summary is None else read_params(summary)
    return GroupsFile(path, tuple(files), table.select(list(REQUIRED)), params)


def _read(file: Path):
    """One file's article_id, group_id (and group_size) as int64 columns."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        names = pq.read_schema(file).names
        for column in REQUIRED:
            if column not in names:
                raise GroupsFileError("{path}: no column {column} (story groups need article_id and group_id)",
                                      path=str(file), column=column)
        columns = [*REQUIRED, "group_size"] if "group_size" in names else list(REQUIRED)
        table = pq.read_table(file, columns=columns)
    except (pa.ArrowException, OSError, ValueError) as exc:
        raise GroupsFileError("{path}: cannot read it ({detail})", path=str(file), detail=_detail(exc)) from exc
    arrays = []
    for name in columns:
        column = table.column(name)
        if not pa.types.is_integer(column.type):
            raise GroupsFileError("{path}: the column {column} holds {type}, not whole numbers", path=str(file),
                                  column=name, type=str(column.type))
        try:
            arrays.append(column.cast(pa.int64()))
        except (pa.ArrowException, ValueError) as exc:  # uint64 past int64
            raise GroupsFileError("{path}: cannot read it ({detail})", path=str(file), detail=_detail(exc)) from exc
    if len(columns) == len(REQUIRED):  # no group_size: a column of nulls, so that the files concatenate
        arrays.append(pa.nulls(table.num_rows, pa.int64()))
    return pa.Table.from_arrays(arrays, names=[*REQUIRED, "group_size"])


def _check(table, path: Path) -> None:
    import pyarrow.compute as pc

    for name in REQUIRED:
        if table.column(name).null_count:
            raise GroupsFileError("{path}: a row without {column}", path=str(path), column=name)
    ids = table.column("article_id")
    if pc.count_distinct(ids).as_py() != len(ids):
        counts = pc.value_counts(ids)
        twice = counts.filter(pc.greater(counts.field("counts"), 1))[0]["values"].as_py()
        raise GroupsFileError("{path}: article {id} is in more than one row", path=str(path), id=twice)
    sized = table.filter(pc.is_valid(table.column("group_size")))
    if not sized.num_rows:
        return
    groups = table.group_by("group_id").aggregate([("article_id", "count"), ("group_size", "min"),
                                                     ("group_size", "max")])
    wrong = groups.filter(pc.or_(pc.invert(pc.equal(groups.column("group_size_min"), groups.column("group_size_max"))),
                                 pc.invert(pc.equal(groups.column("article_id_count"), groups.column("group_size_max")))))
    if wrong.num_rows:
        row = wrong.sort_by("group_id").slice(0, 1).to_pylist()[0]
        raise GroupsFileError("{path}: group {group} should have {size} articles but has {count} rows "
                              "(is a file of the folder missing?)", path=str(path), group=row["group_id"],
                              size=row["group_size_max"], count=row["article_id_count"])


def read_params(summary: Path) -> GroupParams | None:
    """The grouping parameters of a summary file; None when there is no such file."""
    try:
        text = summary.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise GroupsFileError("{path}: cannot read it ({detail})", path=str(summary),
                              detail=str(exc.strerror or exc)) from exc
    try:
        found = json.loads(text)
        values = found["params"]
        missing = [name for name in PARAMS if name not in values]
    except (ValueError, TypeError, KeyError) as exc:
        raise GroupsFileError("{path}: no grouping parameters there ({detail})", path=str(summary),
                              detail=_detail(exc)) from exc
    if missing:
        raise GroupsFileError("{path}: no grouping parameters there ({detail})", path=str(summary),
                              detail=f"no {missing[0]!r}")
    try:
        params = GroupParams(float(values["threshold"]), *(_whole(values[name]) for name in PARAMS[1:]))
    except (TypeError, ValueError, OverflowError) as exc:
        raise GroupsFileError("{path}: no grouping parameters there ({detail})", path=str(summary),
                              detail=_detail(exc)) from exc
    if not (0.0 < params.threshold <= 1.0 and 0 < params.num_perm <= 4096 and 0 < params.shingle <= 64
            and 0 <= params.seed < 2**32 and params.bands > 0 and params.rows > 0
            and params.bands * params.rows <= params.num_perm):
        raise GroupsFileError("{path}: no grouping parameters there ({detail})", path=str(summary),
                              detail=f"unusable values: {', '.join(f'{name}={values[name]}' for name in PARAMS)}")
    return params


def _whole(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value):
        raise ValueError(f"{value!r} is not a whole number")
    return int(value)


def _detail(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
