from __future__ import annotations

import json
from pathlib import Path

from ..report import RunResult
from .atomic import atomic_path


def write_json(result: RunResult, path: str | Path) -> None:
    """Writes the scr-extract/1 JSON contract."""
    with atomic_path(path) as tmp:
        tmp.write_bytes(json_bytes(result.to_dict()))


def json_bytes(data: object) -> bytes:
    """UTF-8 JSON; a lone surrogate (no UTF-8 for it) is written as a JSON \\u escape instead."""
    try:
        return json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(data, indent=2, ensure_ascii=True).encode("ascii")


def read_json(path: str | Path) -> RunResult:
    return RunResult.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))
