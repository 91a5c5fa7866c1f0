"""The tool as analysts install it: from its wheel, outside the checkout, with no network."""
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT

SOURCES = ("extractor", "models", "setup.cfg", "pyproject.toml", "README.md")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """A wheel built from a copy of the sources, so the checkout gets no build/ or egg-info."""
    src = tmp_path_factory.mktemp("src")
    for name in SOURCES:
        item = ROOT / name
        if item.is_dir():
            shutil.copytree(item, src / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(item, src / name)
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-index",
                    "--no-build-isolation", "-w", str(dist), str(src)], check=True)
    return next(dist.glob("scr_extract-*.whl"))


def test_wheel_carries_every_module(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "extractor").rglob("*.py")}
    assert modules <= names, sorted(modules - names)[:5]


def test_wheel_carries_every_models_file(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {f"extractor/models/{p.relative_to(ROOT / 'models').as_posix()}"
                for p in (ROOT / "models").rglob("*") if p.is_file()}
    assert expected and expected <= names, sorted(expected - names)[:5]


def test_wheel_installs_offline_and_runs_outside_the_checkout(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    py = env_dir / "bin" / "python"
    # The dependencies come from the environment running the tests, so nothing is downloaded;
    # a plain path entry does not start that environment's editable finder for `extractor`.
    site = Path(subprocess.check_output(
        [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], text=True).strip())
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run([str(py), "-m", "pip", "install", "--quiet", "--no-index", "--no-deps", str(wheel)],
                   check=True)

    work = tmp_path / "elsewhere"
    work.mkdir()
    report = ROOT / "corpus" / "reports" / "brackenholt-2013-14.docx"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    done = subprocess.run([str(env_dir / "bin" / "scr-extract"), "run", str(report), "--no-cache", "-q",
                           "-o", "out.xlsx", "--json", "out.json"],
                          cwd=work, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    where = subprocess.check_output([str(py), "-c", "import extractor.resources as r; print(r.MODELS)"],
                                    cwd=work, env=env, text=True).strip()
    assert Path(where).is_relative_to(site), where
    result = json.loads((work / "out.json").read_text(encoding="utf-8"))
    assert result["reports"][0]["lscb"] and result["reports"][0]["recommendations"]
    assert (work / "out.xlsx").stat().st_size > 0


def test_help_loads_neither_spacy_nor_the_pipeline():
    code = ("import sys\nfrom click.testing import CliRunner\nfrom extractor.cli import main\n"
            "CliRunner().invoke(main, ['--help'])\nCliRunner().invoke(main, ['run', '--help'])\n"
            "import extractor.batch, extractor.export\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'spacy' or m == 'extractor.pipeline'))")
    loaded = subprocess.check_output([sys.executable, "-c", code], cwd=ROOT, text=True).strip()
    assert loaded == "[]"
