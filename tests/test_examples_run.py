"""Every example in the --help texts and in the README's code blocks runs as written.

Paths they name must exist in the repository. They run, in order, in a scratch
folder whose corpus/ holds the files the examples name (the reports folder only
those, so the run takes seconds) and the whole gold folder; outputs go to its
exports/, and the result cache to a scratch cache folder.
"""
from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

from conftest import ROOT
from extractor.cli import main

OUTPUT_OPTIONS = {"-o", "--output", "--json", "--csv", "--out", "--gold-out"}
BIN = Path(sys.executable).parent / "scr-extract"


def help_examples() -> list[str]:
    out = []
    for cmd in main.commands.values():
        out += [m.group(1).strip() for m in re.finditer(r"Example:\s*(scr-extract .+)", cmd.help or "")]
    return out


def readme_examples() -> list[str]:
    """Command lines in the README's indented code blocks (`.venv/bin/scr-extract ...`)."""
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    return [re.sub(r"^\s+(?:\.venv/bin/)?", "", line) for line in lines
            if re.match(r"^    (?:\.venv/bin/)?scr-extract\s", line)]


def _inputs(args: list[str]) -> list[str]:
    """The path arguments an example reads (not the outputs it writes)."""
    out = []
    for prev, arg in zip(["", *args], args):
        if "/" in arg and not arg.startswith("-") and prev not in OUTPUT_OPTIONS:
            out.append(arg)
    return out


def test_the_examples_are_found():
    assert len(help_examples()) == len(main.commands)
    assert any(e.startswith("scr-extract run") for e in readme_examples())


def _outputs(args: list[str]) -> list[str]:
    return [arg for prev, arg in zip(["", *args], args) if prev in OUTPUT_OPTIONS]


def test_every_example_names_files_that_exist():
    examples = help_examples() + readme_examples()
    written = {p for e in examples for p in _outputs(shlex.split(e)[1:])}
    for example in examples:
        for path in _inputs(shlex.split(example)[1:]):
            assert (ROOT / path).exists() or path in written, \
                f"{example}: {path} is neither in the repository nor written by another example"


def test_every_example_runs_as_written(tmp_path):
    examples = help_examples() + readme_examples()
    # the run examples first: the summary example reads what they write
    examples.sort(key=lambda e: not e.startswith("scr-extract run"))
    written = {p for e in examples for p in _outputs(shlex.split(e)[1:])}
    # inputs from the repository; what another example writes is made afresh, never a stale copy
    named = {p for e in examples for p in _inputs(shlex.split(e)[1:])} - written
    (tmp_path / "corpus" / "reports").mkdir(parents=True)
    os.symlink(ROOT / "corpus" / "gold", tmp_path / "corpus" / "gold")
    for path in named:
        if (ROOT / path).is_file():
            (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
            os.symlink(ROOT / path, tmp_path / path)
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    for example in examples:
        args = shlex.split(example)[1:]
        done = subprocess.run([str(BIN), *args], cwd=tmp_path, env=env, capture_output=True,
                              text=True, timeout=600)
        assert done.returncode == 0, f"{example}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
