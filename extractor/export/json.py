from __future__ import annotations

import json
from pathlib import Path

from ..report import RunResult
from .atomic import atomic_path


def write_json(result: RunResult, path: str | Path) -> None:
    """Writes the scr-extract/1 JSON contract."""
    with atomic_path(path) as tmp:
        tmp.write_text(json.dumps(result.to_dict(), indent=2, ensure_ascii=False), encoding="utf-8")


def read_json(path: str | Path) -> RunResult:
    return RunResult.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))
