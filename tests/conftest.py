from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SPEC = ROOT / "docs"
EXAMPLES = ROOT.parent / "shared" / "examples"


@pytest.fixture
def data_dir() -> Path:
    return DATA
