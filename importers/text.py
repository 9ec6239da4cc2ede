"""Reading a document's text: every importer refuses the same bad files."""

from __future__ import annotations


class DocumentError(ValueError):
    """A document that cannot be read, with the file (and line) at fault."""


def read_document(path: str, kind: str) -> str:
    """The UTF-8 text of ``path``; a :class:`DocumentError` naming the file
    and line for a missing, empty, binary or non-UTF-8 file. ``kind`` names
    what the file should be ("a CSV statement", "a filing's text")."""
    try:
        with open(path, "rb") as file:
            raw = file.read()
    except OSError as error:
        raise DocumentError(f"{path}: {error.strerror}") from error
    if not raw.strip():
        raise DocumentError(f"{path}: the file is empty")
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise DocumentError(f"{path}:{line}: a binary file (NUL byte), not {kind}")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise DocumentError(
            f"{path}:{line}: not UTF-8 text (byte 0x{raw[error.start]:02x}); "
            f"save the file as UTF-8"
        ) from error
