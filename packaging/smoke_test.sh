#!/usr/bin/env bash
# Smoke test of a built bundle: `packaging/smoke_test.sh dist/versus/versus` (run by `make package`).
# Runs the bundled executable only, headless, in a scratch folder; exits non-zero on the first
# failure. Checks: --help; compare of the bundled samples to HTML and JSON; an import of web pages
# (trafilatura, htmldate, lxml), a zip, a Latin-1 text (charset-normalizer) and, with two worker
# processes, 250 texts; list, search and story groups (datasketch, scipy, numpy); the desktop
# reader started offscreen for a few seconds with nothing on stderr.
set -euo pipefail

exe=$(realpath "${1:?usage: $0 PATH/TO/versus}")
here=$(cd "$(dirname "$0")/.." && pwd)
samples="$here/resources/samples"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export QT_QPA_PLATFORM=offscreen HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { printf '%-44s' "$1"; }

step "versus --help"
"$exe" --help > help.txt 2> err.txt || fail "--help exited $?"
grep -q "compare" help.txt && [ ! -s err.txt ] || fail "--help: $(cat err.txt)"
echo ok

step "versus compare SAMPLES -o out.html / json"
"$exe" compare "$samples/000_3cc47a45235a47aa.txt" "$samples/001_1d3a09f0e9c6fa03.txt" -o out.html 2> err.txt
"$exe" compare "$samples/000_3cc47a45235a47aa.txt" "$samples/001_1d3a09f0e9c6fa03.txt" --format json -o out.json 2>> err.txt
grep -q "<!DOCTYPE html>" out.html && grep -q '"similarity"' out.json && [ ! -s err.txt ] || fail "compare: $(cat err.txt)"
echo "ok ($(wc -c < out.html) bytes of HTML)"

mkdir corpus many
page() {  # page SITE DATE FILE: a news page around the text of FILE
    printf '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>%s</title>' "$(head -n 1 "$3")"
    printf '<meta property="og:site_name" content="%s"><meta property="article:published_time" content="%s">' "$1" "$2"
    printf '</head><body><nav><a href="/">Главная</a> <a href="/news">Новости</a></nav><article>\n'
    sed -e 's/&/\&amp;/g; s/</\&lt;/g; s/>/\&gt;/g' -e 's|.*|<p>&</p>|' "$3"
    printf '</article><footer>© %s. Все права защищены.</footer></body></html>\n' "$1"
}
page "Караван" 2022-03-01 "$samples/000_3cc47a45235a47aa.txt" > corpus/a.html
page "Вестник" 2022-03-02 "$samples/001_1d3a09f0e9c6fa03.txt" > b.html
python3 -c 'import zipfile; zipfile.ZipFile("corpus/pages.zip", "w").write("b.html", "in/b.html")'
printf 'Le pr\xe9sident a d\xe9clar\xe9 que les r\xe9formes \xe9conomiques \xe9taient n\xe9cessaires, a-t-il ajout\xe9.\n' > corpus/latin1.txt
for i in $(seq 1 250); do
    { echo "Заметка номер $i."; sed -n "$((i % 20 + 1)),$((i % 20 + 4))p" "$samples/000_3cc47a45235a47aa.txt"; } > "many/$i.txt"
done

step "versus import (HTML, zip, Latin-1)"
"$exe" import corpus --library lib.db > import.txt 2> err.txt || fail "import exited $?: $(cat err.txt)"
grep -q "3 added, 0 duplicates skipped, 0 errors" import.txt && [ ! -s err.txt ] \
    || fail "import: $(cat import.txt err.txt)"
"$exe" list --library lib.db > list.txt
grep -q "2022-03-01  Караван" list.txt && grep -q "2022-03-02  Вестник" list.txt \
    || fail "HTML metadata (date, site) not extracted: $(cat list.txt)"
echo ok

step "versus search / groups"
"$exe" search --library lib.db 'парти* съезд' > search.txt 2> err.txt
"$exe" groups --library lib.db > groups.txt 2>> err.txt
grep -q "Энтузиасты" search.txt && grep -q "^group 1: 2 articles, 2 outlets" groups.txt && [ ! -s err.txt ] \
    || fail "search/groups: $(cat search.txt groups.txt err.txt)"
echo ok

step "versus import --workers 2 (250 texts)"
timeout 120 "$exe" import many --library many.db --workers 2 --quiet > import2.txt 2> err.txt \
    || fail "import --workers 2 exited $?: $(cat err.txt)"
grep -q "250 of 250 files: .* 0 errors" import2.txt && [ ! -s err.txt ] || fail "$(cat import2.txt err.txt)"
echo ok

step "desktop reader, offscreen, 8 s"
status=0
timeout 8 "$exe" --config-dir "$work/gui" --library lib.db > gui.txt 2> gui-err.txt || status=$?
# Qt's offscreen platform says it cannot resize windows; anything else on stderr is a problem.
grep -v "^This plugin does not support propagateSizeHints()$" gui-err.txt > gui-problems.txt || true
[ "$status" = 124 ] || fail "the reader exited early with status $status: $(cat gui-err.txt)"
[ ! -s gui-problems.txt ] || fail "the reader wrote to stderr: $(cat gui-problems.txt)"
echo "ok (still running when stopped)"

echo "smoke test passed: $exe"
