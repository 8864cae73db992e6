import codecs

import pytest

from reader.core.loading import LoadError, decode, load_bytes, load_path, normalise_newlines
from reader.core.model import Document


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r", "cp866"])
def test_cyrillic_code_pages_of_the_samples(sample_texts, encoding):
    for text in sample_texts:
        data = text.encode(encoding, errors="replace")
        doc = load_bytes(data, "x.txt")
        assert doc.encoding == encoding.replace("_", "-")
        assert doc.text == data.decode(encoding)


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r"])
def test_short_cyrillic_text(encoding):
    text = "Привет, мир. Как дела?"
    assert decode(text.encode(encoding)) == (text, encoding.replace("_", "-"))


@pytest.mark.parametrize("bom, codec, label", [
    (codecs.BOM_UTF8, "utf-8", "utf-8 (BOM)"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le (BOM)"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be (BOM)"),
])
def test_byte_order_marks(sample_texts, bom, codec, label):
    text = sample_texts[1]
    doc = load_bytes(bom + text.encode(codec), "x.txt")
    assert doc.encoding == label
    assert doc.text == text  # no BOM left in the text


def test_plain_utf8(sample_texts):
    doc = load_bytes(sample_texts[0].encode("utf-8"), "a.txt")
    assert (doc.encoding, doc.text, doc.newline) == ("utf-8", sample_texts[0], "\n")


@pytest.mark.parametrize("raw, text, newline", [
    ("a\r\nb\r\n", "a\nb\n", "\r\n"),
    ("a\rb\r", "a\nb\n", "\r"),
    ("a\nb", "a\nb", "\n"),
    ("a\r\nb\nc\r\n", "a\nb\nc\n", "\r\n"),
])
def test_line_ends(raw, text, newline):
    assert normalise_newlines(raw) == (text, newline)
    doc = load_bytes(raw.encode(), "x.txt")
    assert (doc.text, doc.newline) == (text, newline)


def test_crlf_offsets_point_into_the_text():
    from reader.core import compare

    a = load_bytes("Первое предложение.\r\nВторое предложение.\r\n".encode("cp1251"), "a.txt")
    b = load_bytes("Первое предложение.\nВторое изменённое предложение.\n".encode(), "b.txt")
    c = compare(a, b)
    seg = c.left.segments[2]
    assert a.text[seg.start:seg.end] == "Второе предложение."


def test_refusals(tmp_path):
    with pytest.raises(LoadError, match=r"^e.txt: the file is empty$"):
        load_bytes(b"", "e.txt")
    with pytest.raises(LoadError, match=r"^w.txt: the file has no text"):
        load_bytes(b" \n\t\n", "w.txt")
    with pytest.raises(LoadError, match=r"^p.png: binary data, not text$"):
        load_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "p.png")
    with pytest.raises(LoadError, match=r"^big.txt: too large \(2.0 KB; the limit is 1.0 KB\)$"):
        load_bytes(b"a" * 2048, "big.txt", max_size=1024)
    with pytest.raises(LoadError, match=r"^missing.txt: no such file$"):
        load_path(tmp_path / "missing.txt")
    (tmp_path / "dir.txt").mkdir()
    with pytest.raises(LoadError, match=r"^dir.txt: is a folder, not a file$"):
        load_path(tmp_path / "dir.txt")
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 5000)
    with pytest.raises(LoadError, match=r"too large"):
        load_path(big, max_size=4096)


def test_load_error_is_one_line(tmp_path):
    f = tmp_path / "bin.dat"
    f.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(LoadError) as info:
        load_path(f)
    assert "\n" not in str(info.value)
    assert str(info.value) == "bin.dat: binary data, not text"


def test_load_path_records_metadata(tmp_path, sample_texts):
    f = tmp_path / "статья.txt"
    data = sample_texts[0].encode("koi8_r", errors="replace")
    f.write_bytes(data)
    doc = load_path(f)
    assert (doc.name, doc.path, doc.size, doc.encoding) == ("статья.txt", str(f), len(data), "koi8-r")


def test_document_from_text():
    assert Document.from_text("a\r\nb", "n") == Document("a\nb", "n", None, "utf-8", "\r\n", 4)
