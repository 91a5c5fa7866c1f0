"""The README documents every command, and every command's help ends with an example."""
from conftest import ROOT
from extractor.cli import main

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme():
    missing = [name for name in main.commands if f"scr-extract {name}" not in README]
    assert not missing, f"commands missing from README.md: {missing}"


def test_every_command_help_gives_an_example():
    missing = [name for name, cmd in main.commands.items() if "Example:" not in (cmd.help or "")]
    assert not missing, f"commands whose --help has no example: {missing}"


def test_readme_gives_the_two_commands():
    assert "make demo" in README and "make test" in README
