"""CLI command modules: each defines `register(app)` and adds its commands to the typer app.

Shared helpers (options, exit codes, error handling) come from `baochi.pipeline.cli.app`.
"""
