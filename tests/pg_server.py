"""A throwaway PostgreSQL server for tests and benchmarks: a temporary cluster listening only on a
unix socket in its own folder (no TCP port at all), stopped and deleted at the end.

The server binaries come from the system (``initdb``/``postgres`` on PATH or under
/usr/lib/postgresql/*/bin). PostgreSQL refuses to run as root, so under root the cluster belongs to
the ``postgres`` user (else ``nobody``) and the server is started as that user.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path


def find_binaries() -> tuple[str, str] | None:
    """(initdb, postgres) of the newest PostgreSQL found, or None."""
    initdb, postgres = shutil.which("initdb"), shutil.which("postgres")
    if initdb and postgres:
        return initdb, postgres
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]), reverse=True):
        if os.access(f"{folder}/initdb", os.X_OK) and os.access(f"{folder}/postgres", os.X_OK):
            return f"{folder}/initdb", f"{folder}/postgres"
    return None


def missing_reason() -> str | None:
    """Why no throwaway server can be started here, or None if one can."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (pip install -e '.[postgres]')"
    if find_binaries() is None:
        return "no PostgreSQL server binaries (initdb, postgres) on PATH or in /usr/lib/postgresql/*/bin"
    if os.geteuid() == 0 and not _service_user():
        return "running as root and no unprivileged user (postgres, nobody) to run the server as"
    return None


def _service_user() -> pwd.struct_passwd | None:
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    return None


class ThrowawayPostgres:
    """``with ThrowawayPostgres() as pg: pg.url("db")``; ``pg.create_database()`` gives a fresh one."""

    def __init__(self) -> None:
        found = find_binaries()
        if found is None:
            raise RuntimeError(missing_reason() or "no PostgreSQL")
        self.initdb, self.postgres = found
        self.folder = Path(tempfile.mkdtemp(prefix="evenhand-pg-"))
        self.data = self.folder / "data"
        self.socket = self.folder / "sock"
        self.proc: subprocess.Popen[bytes] | None = None
        self._databases = 0
        self._user = _service_user() if os.geteuid() == 0 else None

    def _as_owner(self) -> None:
        if self._user is not None:
            os.setgid(self._user.pw_gid)
            os.setuid(self._user.pw_uid)

    def start(self) -> ThrowawayPostgres:
        self.socket.mkdir()
        os.chmod(self.folder, 0o755)
        if self._user is not None:
            for path in (self.folder, self.socket):
                os.chown(path, self._user.pw_uid, self._user.pw_gid)
        subprocess.run(
            [self.initdb, "-D", str(self.data), "-U", "evenhand", "--auth=trust", "-E", "UTF8",
             "--locale=C", "--no-sync"],
            check=True, capture_output=True, preexec_fn=self._as_owner, timeout=120,
        )  # fmt: skip
        self.proc = subprocess.Popen(
            [self.postgres, "-D", str(self.data), "-k", str(self.socket), "-c", "listen_addresses=",
             "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
             "-c", "max_connections=60", "-c", "shared_buffers=32MB"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=self._as_owner,
        )  # fmt: skip
        deadline = time.monotonic() + 30
        while not (self.socket / ".s.PGSQL.5432").exists():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the throwaway PostgreSQL server did not start")
            time.sleep(0.05)
        self._wait_ready(deadline)
        return self

    def _wait_ready(self, deadline: float) -> None:
        import psycopg

        while True:
            try:
                psycopg.connect(self.url("postgres"), connect_timeout=5).close()
                return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def url(self, database: str) -> str:
        return f"postgresql://evenhand@/{database}?host={self.socket}"

    def create_database(self) -> str:
        """A new empty database; its URL."""
        import psycopg

        self._databases += 1
        name = f"t{os.getpid()}_{self._databases}"
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)  # "fast" shutdown: ends sessions, no checkpoint wait
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> ThrowawayPostgres:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
