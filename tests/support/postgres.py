"""A throwaway PostgreSQL server for the tests, started from the machine's own binaries.

initdb refuses to run as root, so as root the server runs as the `postgres` user (created by the
Debian package that .ci/run installs). It listens on 127.0.0.1 only, on a free port.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


def find_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    return candidates[0] if candidates else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PostgresServer:
    root: Path
    port: int
    as_user: str | None

    @property
    def admin_url(self) -> str:
        return f"postgresql+asyncpg://postgres@127.0.0.1:{self.port}/postgres"

    def url(self, database: str) -> str:
        return f"postgresql+asyncpg://postgres@127.0.0.1:{self.port}/{database}"

    def _cmd(self, *args: str) -> list[str]:
        return ["runuser", "-u", self.as_user, "--", *args] if self.as_user else list(args)

    def pg_ctl(self, action: str, *, wait_timeout: int = 30) -> None:
        pg_ctl = find_bin("pg_ctl")
        assert pg_ctl
        args = [
            pg_ctl,
            "-D",
            str(self.root / "data"),
            "-w",
            "-t",
            str(wait_timeout),
            "-l",
            str(self.root / "log"),
        ]
        if action == "start":
            opts = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.root} -c fsync=off -c max_connections=200"
            args += ["-o", opts, "start"]
        elif action == "stop":
            args += ["-m", "fast", "stop"]
        else:
            args += [action]
        subprocess.run(self._cmd(*args), check=True, capture_output=True, timeout=wait_timeout + 10)

    def stop(self) -> None:
        with contextlib.suppress(subprocess.SubprocessError):
            self.pg_ctl("stop")
        shutil.rmtree(self.root, ignore_errors=True)


def start_postgres() -> PostgresServer:
    initdb = find_bin("initdb")
    if initdb is None or find_bin("pg_ctl") is None:
        raise RuntimeError(
            "PostgreSQL binaries (initdb, pg_ctl) are not installed; .ci/run installs them "
            "(apt-get install postgresql)"
        )
    root = Path(tempfile.mkdtemp(prefix="committee-bot-pg-"))
    as_user = None
    if os.geteuid() == 0:
        as_user = "postgres"
        pw = pwd.getpwnam(as_user)
        os.chown(root, pw.pw_uid, pw.pw_gid)
    server = PostgresServer(root=root, port=free_port(), as_user=as_user)
    cmd = server._cmd(
        initdb, "-D", str(root / "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"
    )
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)
    server.pg_ctl("start")
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", server.port), timeout=1):
                return server
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"PostgreSQL did not start; see {root / 'log'}")
