"""`python -m baochi.pipeline` runs the `baochi` command."""

from baochi.pipeline.cli.app import main

main()
