"""The register on PostgreSQL (13+, and the PostgreSQL-compatible Kingbase/openGauss), for
offices where several desks share one register.

The program's SQL is written once, for SQLite; this connection takes it as it is (dialect.py
turns its tokens into PostgreSQL's): `?` placeholders, `BEGIN IMMEDIATE` (here: a transaction
that takes the register's one advisory lock, so two desks' changes follow each other as
SQLite's writers do: numbers from the counters and the audit chain stay one sequence),
`lastrowid`, rows read by name or by position. The migrations' column types become
PostgreSQL's (64-bit integers, identity keys, bytea, double precision). Errors come out typed
(app.errors): an outage as RegisterUnavailable, a broken uniqueness rule as RecordConflict."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict

from app.errors import RecordConflict, RegisterUnavailable
from app.store.dialect import inserted_table, statement

ENGINE = "postgresql"
REGISTER_LOCK = 0x1A7A4E  # pg_advisory_xact_lock key: one writer at a time, register-wide
MIGRATION_LOCK = REGISTER_LOCK + 1
CONNECT_TIMEOUT = 10  # seconds: a server that does not answer is told to the clerk by then


class Row(tuple):
    """A row read by position or by column name, as sqlite3.Row."""

    _names: tuple[str, ...] = ()

    def __getitem__(self, key: Any) -> Any:  # type: ignore[override]
        if isinstance(key, str):
            return tuple.__getitem__(self, self._names.index(key))
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._names)


def _row_factory(cursor: psycopg.Cursor[Any]) -> Any:
    names = tuple(c.name for c in cursor.description or ())
    kind = type("Row", (Row,), {"_names": names})
    return lambda values: kind(values)


class Cursor:
    def __init__(self, rows: list[Any], lastrowid: int | None, rowcount: int) -> None:
        self._rows, self.lastrowid, self.rowcount = rows, lastrowid, rowcount

    def fetchone(self) -> Any:
        return self._rows.pop(0) if self._rows else None

    def fetchall(self) -> list[Any]:
        rows, self._rows = self._rows, []
        return rows

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())


def server_of(url: str) -> str:
    """The server as the clerk and IT read it: host (or socket folder), port and database,
    never the user's password."""
    try:
        info = conninfo_to_dict(url)
    except psycopg.Error:
        return "?"
    host = str(info.get("host") or "localhost")
    port = f":{info['port']}" if info.get("port") else ""
    return f"{host}{port}/{info.get('dbname') or ''}"


class Connection:
    """What the register asks of a connection, on PostgreSQL.

    A server that cannot be reached is RegisterUnavailable, whenever it happens: on opening,
    or mid-work (a restart, a network cut). The next statement outside a transaction opens a
    new connection. A break during COMMIT is asked of the server again: the transaction's id
    says whether it was committed (then the work goes on as if nothing happened) or not."""

    engine = ENGINE

    def __init__(self, url: str) -> None:
        from app.store.secrets import db_password

        self.url = url
        self.server = server_of(url)
        password = db_password(url)
        self._extra = {"password": password} if password else {}
        self._xid: int | None = None  # the open transaction's id, while one is open
        self._conn = self._connect()
        self._with_id: set[str] | None = None
        self.catalogue: dict[tuple[str, str], list[str]] = {}  # (kind, table) -> columns

    def _connect(self) -> psycopg.Connection[Any]:
        try:
            return psycopg.connect(self.url, autocommit=True, row_factory=_row_factory,
                                   connect_timeout=CONNECT_TIMEOUT, **self._extra)
        except psycopg.OperationalError as exc:
            raise RegisterUnavailable(server=self.server, outcome="nothing") from exc

    def _lost(self, statement: str) -> RegisterUnavailable:
        """The connection broke under `statement`: what became of the work."""
        xid, self._xid = self._xid, None
        outcome = "nothing"
        if statement.startswith("COMMIT") and xid is not None and xid > 0:
            outcome = self._fate(xid)
        return RegisterUnavailable(server=self.server, outcome=outcome)

    def _fate(self, xid: int) -> str:
        """Ask the server (on a new connection) whether the transaction `xid` committed."""
        try:
            self._conn = self._connect()
            row = self._conn.execute("SELECT txid_status(%s)", (xid,)).fetchone()
        except (RegisterUnavailable, psycopg.Error):
            return "unknown"
        status = row[0] if row else None
        return "recorded" if status == "committed" else "nothing" if status else "unknown"

    def _tables_with_id(self) -> set[str]:
        if self._with_id is None:
            rows = self._conn.execute(
                "SELECT table_name FROM information_schema.columns WHERE column_name = 'id' "
                "AND table_schema = current_schema()").fetchall()
            self._with_id = {str(r[0]) for r in rows}
        return self._with_id

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        stripped = sql.strip().upper()
        if self._conn.closed and self._xid is None and not stripped.startswith("ROLLBACK"):
            self._conn = self._connect()  # a connection lost since the last statement
        # Outside a transaction a statement can be sent again on a new connection: an idle
        # connection the server dropped (a restart) says so only when it is next used.
        retry = self._xid is None and not stripped.startswith(("COMMIT", "ROLLBACK"))
        for attempt in (1, 2):
            try:
                return self._execute(sql, stripped, params)
            except psycopg.errors.IntegrityError as exc:
                raise RecordConflict(str(exc).strip().splitlines()[0]) from exc
            except psycopg.OperationalError as exc:
                if not self._conn.closed and not self._conn.broken:
                    raise  # the server answered: a fault of ours, not an outage
                if retry and attempt == 1:
                    self._xid = None
                    self._conn = self._connect()
                    continue
                lost = self._lost(stripped)
                if lost.params["outcome"] == "recorded":
                    return Cursor([], None, 0)  # the COMMIT went through before the break
                raise lost from exc
        raise AssertionError("unreachable")

    def _execute(self, sql: str, stripped: str, params: Sequence[Any]) -> Cursor:
        if stripped.startswith("BEGIN"):
            self._conn.execute("BEGIN")
            self._xid = -1  # in a transaction, its id not yet known
            self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (REGISTER_LOCK,))
            row = self._conn.execute("SELECT txid_current()").fetchone()
            self._xid = int(row[0]) if row else -1
            return Cursor([], None, 0)
        if stripped.startswith("ROLLBACK") and (self._conn.closed or self._conn.broken):
            self._xid = None  # the server dropped the transaction with the connection
            return Cursor([], None, 0)
        if stripped.startswith(("COMMIT", "ROLLBACK")):
            self._conn.execute(stripped.split()[0])
            self._xid = None
            return Cursor([], None, 0)
        text = statement(sql)
        table = inserted_table(sql)
        returning = table is not None and "RETURNING" not in stripped and \
            table in self._tables_with_id()
        if returning:
            text = text.rstrip().rstrip(";") + " RETURNING id"
        cursor = self._conn.execute(text, tuple(params))
        rows = cursor.fetchall() if cursor.description is not None else []
        lastrowid = int(rows[0][0]) if returning and rows else None
        return Cursor([] if returning else rows, lastrowid, cursor.rowcount)

    def executemany(self, sql: str, seq: Sequence[Sequence[Any]]) -> None:
        for params in seq:
            self.execute(sql, params)

    def native(self) -> psycopg.Connection[Any]:
        """The psycopg connection, for statements in PostgreSQL's own dialect that take none
        of the program's SQLite-shaped SQL (roles and grants: pg_roles.py)."""
        return self._conn

    @property
    def closed(self) -> bool:
        return bool(self._conn.closed)

    def wait_for_notice(self, channel: str, seconds: float) -> bool:
        """Whether a NOTIFY on `channel` (LISTENed on this connection) came within `seconds`;
        a broken connection is RegisterUnavailable, as any statement's would be."""
        try:
            return any(n.channel == channel
                       for n in self._conn.notifies(timeout=seconds, stop_after=1))
        except psycopg.OperationalError as exc:
            raise RegisterUnavailable(server=self.server, outcome="nothing") from exc

    def forget_tables(self) -> None:
        """After a migration: the tables may have changed."""
        self._with_id = None
        self.catalogue.clear()

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Connection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def schema_version(conn: Connection) -> int:
    """The migrations applied; asked without DDL (every desk's every job opens the register)."""
    made = conn.execute("SELECT to_regclass('schema_version') IS NOT NULL").fetchone()
    if not made or not made[0]:
        return 0
    row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0) if row else 0


def table_columns(conn: Connection, table: str) -> list[str]:
    """The table's columns in order (asked of the catalogue once per connection: the seal
    over the records asks at every change)."""
    found = conn.catalogue.get(("columns", table))
    if found is None:
        found = [str(r[0]) for r in conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
            "AND table_schema = current_schema() ORDER BY ordinal_position", (table,))]
        conn.catalogue[("columns", table)] = found
    return found


def key_columns(conn: Connection, table: str) -> list[str]:
    """The table's primary key, which orders its rows where SQLite has its rowid."""
    found = conn.catalogue.get(("key", table))
    if found is None:
        found = [str(r[0]) for r in conn.execute(
            "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
            "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = ?::regclass AND i.indisprimary "
            "ORDER BY array_position(i.indkey, a.attnum)", (table,))]
        conn.catalogue[("key", table)] = found
    return found
