"""The DuckDB warehouse: connections, migrations, loading and the analyst views."""
