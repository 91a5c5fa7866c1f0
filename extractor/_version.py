"""The release number, alone in a module so that `scr-extract --version` imports nothing else."""
__version__ = "0.1.0"
