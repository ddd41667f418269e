"""User SQL on a reader: one statement, and a one-line refusal naming what is not allowed.

The lockdown itself is DuckDB's (`snapshot.lock_down`: no external access, no extension
loading, configuration locked, the database opened read-only); nothing here filters SQL text.
DuckDB's own parser (`extract_statements`) counts the statements and names each one's type,
which lets the refusal say which command does the job instead; DuckDB's own error for what
got past that (a file read in a SELECT, a URL) is turned into the same kind of line.
"""

from __future__ import annotations

import duckdb
from baochi.pipeline.errors import UsageError

# Statement types that only read: queries, EXPLAIN, DESCRIBE/SHOW/SUMMARIZE (SELECT), PIVOT
# (MULTI), PRAGMA and CALL of table functions such as duckdb_settings().
READING = frozenset({"SELECT", "EXPLAIN", "PRAGMA", "CALL", "MULTI"})

_CHANGES = "the warehouse changes only through `baochi load` and `baochi process`"
_EXPORT = ("use `baochi export TABLE_OR_VIEW --format parquet|csv|json --out PATH`, or"
           " `baochi sql \"SELECT …\" --format csv|json|parquet --out FILE`")
_REFUSALS = {
    "COPY": f"COPY is not allowed in baochi sql; {_EXPORT}",
    "COPY_DATABASE": f"COPY FROM DATABASE is not allowed in baochi sql; {_EXPORT}",
    "EXPORT": f"EXPORT DATABASE is not allowed in baochi sql; {_EXPORT}",
    "ATTACH": "ATTACH is not allowed in baochi sql: it reads the warehouse only; "
              f"{_CHANGES}",
    "DETACH": "DETACH is not allowed in baochi sql: it reads the warehouse only",
    "LOAD": "INSTALL and LOAD are not allowed in baochi sql: nothing is installed or loaded at run time"
            " (json, parquet and icu are built in)",
    "EXTENSION": "extension statements are not allowed in baochi sql: nothing is installed or loaded"
                 " at run time (json, parquet and icu are built in)",
    "SET": "SET and RESET are not allowed in baochi sql: its configuration is locked",
    "VARIABLE_SET": "SET VARIABLE is not allowed in baochi sql: one statement per call, nothing kept",
}


class SqlRefused(UsageError):
    """The statement is not allowed on the read-only query surface (exit code 2)."""


def single_statement(con: duckdb.DuckDBPyConnection, query: str) -> None:
    """Refuse anything but one reading statement, with the command that does the rest."""
    statements = con.extract_statements(query)  # a syntax error raises DuckDB's own message
    if not statements:
        raise SqlRefused("no SQL statement given; e.g. baochi sql \"SELECT count(*) FROM articles\"")
    if len(statements) > 1:
        raise SqlRefused(f"one statement per call in baochi sql ({len(statements)} given); run them one by one")
    kind = str(statements[0].type).rsplit(".", 1)[-1]
    if kind in READING:
        return
    raise SqlRefused(_REFUSALS.get(kind, f"{kind} is not allowed in baochi sql: it is read-only; {_CHANGES}"))


def refusal_for(exc: duckdb.Error) -> str | None:
    """A one-line refusal for an error the lockdown raised (None: an ordinary SQL error)."""
    text = str(exc)
    if "file system operations are disabled" in text or "Cannot access" in text:
        what = text.split('"')[1] if text.count('"') >= 2 else "that file"
        if "://" in what:
            return (f"reaching {what} is not allowed in baochi sql: it works offline, on the warehouse only;"
                    " download the data and load it with your own DuckDB session")
        return (f"reading {what} is not allowed in baochi sql: it reads the warehouse only;"
                " to read Parquet exports pass --allow-dir DIR (documented in docs/analytics.md)")
    if "external extensions is disabled" in text or "autoload" in text.lower():
        return ("extensions are not allowed in baochi sql: nothing is installed or loaded at run time"
                " (json, parquet and icu are built in)")
    if "configuration has been locked" in text:
        return "changing settings is not allowed in baochi sql: its configuration is locked"
    if "read-only mode" in text:
        return f"changing data is not allowed in baochi sql; {_CHANGES}"
    return None
