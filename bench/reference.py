"""Reference comparisons: the engine's and the exports' output, held byte for byte.

Run: .venv/bin/python bench/reference.py            check against bench/reference.sha256
     .venv/bin/python bench/reference.py --write    record the current outputs' digests
     .venv/bin/python bench/reference.py --keep DIR also keep every output in DIR (to diff)

For each pair (the sample pair, the English test pair, the generated 100 KB and 1 MB pairs and
the 1 MB pair re-wrapped at 72 columns; bench/generate.py, fixed seed) and each option set
below, it runs the comparison as `versus compare` does and renders JSON, HTML, unified HTML,
the text summary and the quotes' JSON, and prints a SHA-256 digest of each. The inputs' own
digests are recorded too, so a change of the generator is told apart from a change of the
engine. A speed-up must leave every digest unchanged, or the note says why each one moved.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

MANIFEST = ROOT / "bench" / "reference.sha256"

# name -> the `versus compare` flags; every Options field is changed in at least one set
OPTION_SETS: dict[str, list[str]] = {
    "default": [],
    "exact": ["--exact"],
    "punctuation": ["--ignore-punctuation"],
    "no-clutter": ["--no-boilerplate"],
    "strict": ["--case-sensitive", "--keep-yo", "--keep-quotes", "--keep-dashes", "--keep-whitespace",
               "--threshold", "0.6"],
    "loose": ["--threshold", "0.1"],
}
BIG_SETS = ("default", "exact", "no-clutter")  # the 1 MB pairs: the sets that change the most work


def pairs(folder: Path) -> list[tuple[str, Path, Path]]:
    from generate import write_pair

    def copied(*paths: Path) -> tuple[Path, Path]:
        a, b = (Path(shutil.copy(p, folder)) for p in paths)
        return a, b

    samples = sorted((ROOT / "resources" / "samples").glob("*.txt"))
    data = ROOT / "tests" / "data"
    return [
        ("samples", *copied(*samples[:2])),
        ("english", *copied(data / "storm_v1.txt", data / "storm_v2.txt")),
        ("100k", *write_pair(folder, 100_000)),
        ("1m", *write_pair(folder, 1_000_000)),
        ("1m-reflow", *write_pair(folder, 1_000_000, reflowed=True)),
    ]


def outputs(a: Path, b: Path, flags: list[str]):
    """(name, bytes) of every rendering of the comparison of ``a`` and ``b`` under ``flags``."""
    from reader.cli.compare import options_from_args
    from reader.cli.main import build_parser
    from reader.core import compare, load_path
    from reader.export import iter_export
    from reader.export.json_export import quotes_to_json

    args = build_parser().parse_args(["compare", str(a), str(b), *flags])
    options = options_from_args(args)
    result = compare(load_path(a, max_size=options.max_file_size), load_path(b, max_size=options.max_file_size),
                     options)
    for fmt, unified in (("json", False), ("html", False), ("html", True), ("text", False)):
        name = f"{fmt}{'-unified' if unified else ''}"
        yield name, "".join(iter_export(result, fmt, unified, lang="en")).encode("utf-8")
    yield "quotes-json", quotes_to_json(result).encode("utf-8")
    yield "html-ru", "".join(iter_export(result, "html", False, lang="ru")).encode("utf-8")


def digests(keep: Path | None) -> dict[str, str]:
    found: dict[str, str] = {}
    # one fixed folder, the inputs copied into it: the JSON names each input by its full path
    folder = Path(tempfile.gettempdir()) / "versus-reference"
    folder.mkdir(exist_ok=True)
    for label, a, b in pairs(folder):
        found[f"{label}/input-a"] = hashlib.sha256(a.read_bytes()).hexdigest()
        found[f"{label}/input-b"] = hashlib.sha256(b.read_bytes()).hexdigest()
        sets = BIG_SETS if label.startswith("1m") else tuple(OPTION_SETS)
        for set_name in sets:
            for name, data in outputs(a, b, OPTION_SETS[set_name]):
                key = f"{label}/{set_name}/{name}"
                found[key] = hashlib.sha256(data).hexdigest()
                if keep:
                    path = keep / key.replace("/", "__")
                    path.parent.mkdir(parents=True, exist_ok=True)
                    path.write_bytes(data)
            print(f"  {label}/{set_name}", file=sys.stderr, flush=True)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help="record the digests in bench/reference.sha256")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="also write every output into DIR")
    args = parser.parse_args()
    found = digests(args.keep)
    if args.write:
        MANIFEST.write_text("".join(f"{digest}  {key}\n" for key, digest in found.items()), encoding="utf-8")
        print(f"{len(found)} digests written to {MANIFEST.relative_to(ROOT)}")
        return 0
    recorded = dict(reversed(line.split("  ", 1)) for line in MANIFEST.read_text(encoding="utf-8").splitlines())
    changed = sorted(k for k in found if recorded.get(k) != found[k])
    missing = sorted(set(recorded) - set(found))
    for key in changed:
        print(f"CHANGED  {key}")
    for key in missing:
        print(f"MISSING  {key}")
    same = len(found) - len(changed)
    print(f"{same} of {len(found)} reference outputs byte-identical to bench/reference.sha256"
          + ("" if not changed and not missing else f"; {len(changed)} changed, {len(missing)} missing"))
    return 0 if not changed and not missing else 1


if __name__ == "__main__":
    sys.exit(main())
