"""Text and file names from outside made safe for where they go: XML (the workbook),
UTF-8 (JSON, CSV, the cache) and the terminal.

A report's bytes and a file's name are untrusted. Code points that XML 1.0 forbids
(most C0 controls, lone surrogates, U+FFFE, U+FFFF) make a workbook unwritable;
Unicode's noncharacters are allowed by XML but mean nothing, so they go too. A
name that is not valid UTF-8 reaches Python as lone surrogates, which no UTF-8
writer accepts; it is shown with its odd bytes as \\xNN. A name printed on a
terminal must not carry an escape sequence or a newline into it.
"""
from __future__ import annotations

import os
import re

_NONCHARACTERS = "".join(f"{chr(plane + 0xFFFE)}{chr(plane + 0xFFFF)}"
                         for plane in range(0x10000, 0x110000, 0x10000))
#: What is removed from report text: XML-invalid code points and every noncharacter.
UNSAFE_CHARACTERS_RE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff" + _NONCHARACTERS + "]")


def safe_text(text: str) -> str:
    """`text` without the code points XML forbids and without noncharacters."""
    return UNSAFE_CHARACTERS_RE.sub("", text)


def text_path(path: str | os.PathLike | bytes) -> str:
    """A path as valid Unicode text: bytes that are not UTF-8 become \\xNN escapes."""
    name = os.fsdecode(path) if isinstance(path, bytes) else os.fspath(path)
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        pass
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that did not come from a file name's byte
        return name.encode("utf-8", "backslashreplace").decode("utf-8")
    return raw.decode("utf-8", "backslashreplace")


def shown(path: str | os.PathLike | bytes) -> str:
    """A path fit for a message on the terminal: every unprintable character escaped."""
    return "".join(c if c.isprintable() else _escape(c) for c in text_path(path))


def terminal_text(text: str) -> str:
    """Text for the terminal whose lines are kept but whose other unprintable characters
    (escape sequences, C1 controls, bidirectional overrides) are shown escaped."""
    return "\n".join(shown(line) for line in text_path(text).split("\n"))


def _escape(c: str) -> str:
    n = ord(c)
    if c in "\n\r\t":
        return repr(c)[1:-1]
    return f"\\x{n:02x}" if n < 0x100 else f"\\u{n:04x}" if n < 0x10000 else f"\\U{n:08x}"
