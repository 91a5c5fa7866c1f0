from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SPEC = ROOT / "docs"
# Copies of ../shared/examples (the two worked examples), so the tests stand on their own.
EXAMPLES = DATA / "examples"


@pytest.fixture
def data_dir() -> Path:
    return DATA
