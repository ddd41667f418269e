"""`python -m pipeline` runs the `baochi` command."""

from pipeline.cli import main

main()
