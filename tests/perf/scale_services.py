"""The services `make bench-scale` runs against, and how it watches them: its own PostgreSQL
(as .ci/run starts one), a gunicorn worker's memory during an export, and the session a
screen's requests carry."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import bench

PG_BIN = Path(
    shutil.which("initdb") or sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))[-1]
).parent


def as_postgres(*cmd: str) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else list(cmd)


class Postgres:
    """A throwaway server on loopback, as .ci/run starts one; stop() is safe to call twice."""

    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="otbasy-scale-pg."))
        self.port = bench.free_port()
        self.running = False

    def start(self) -> None:
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres", "postgres")
        data = str(self.dir / "data")
        subprocess.run(
            as_postgres(
                str(PG_BIN / "initdb"),
                "-D",
                data,
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        options = (
            f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_wal_size=4GB "
            "-c shared_buffers=256MB -c maintenance_work_mem=256MB -c log_lock_waits=on "
            "-c deadlock_timeout=200ms"
        )
        subprocess.run(
            as_postgres(
                str(PG_BIN / "pg_ctl"),
                "-D",
                data,
                "-l",
                str(self.dir / "server.log"),
                "-o",
                options,
                "-w",
                "start",
            ),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        self.running = True

    def url(self, database: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres") -> str:
        return subprocess.run(
            [
                "psql",
                "-h",
                "127.0.0.1",
                "-p",
                str(self.port),
                "-U",
                "postgres",
                "-d",
                database,
                "-Atc",
                statement,
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()

    def stop(self) -> None:
        if self.running:
            subprocess.run(
                as_postgres(
                    str(PG_BIN / "pg_ctl"), "-D", str(self.dir / "data"), "-m", "immediate", "stop"
                ),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            self.running = False
        shutil.rmtree(self.dir, ignore_errors=True)


def worker_pids(master: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(master)], capture_output=True, text=True).stdout
    return [int(pid) for pid in out.split()]


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def session_for(cookie: str):
    import requests

    client = requests.Session()
    if cookie:
        client.cookies.set("sessionid", cookie)
    client.cookies.set("bench_uncached", "1")  # the page cache steps aside (home.pagecache)
    return client


def csrf_of(client, base: str, path: str) -> str:
    html = client.get(base + path, timeout=60).text
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    return match.group(1) if match else client.cookies.get("csrftoken", "")


def measure_export(base: str, export: dict, master: int) -> tuple[float, float, float, int]:
    """(first byte ms, total ms, the busiest worker's memory growth in MB, bytes)."""
    client = session_for(export["session"])
    pids = worker_pids(master)
    before = {pid: rss_mb(pid) for pid in pids}
    peak = dict(before)
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            for pid in pids:
                peak[pid] = max(peak[pid], rss_mb(pid))
            time.sleep(0.02)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    began = time.perf_counter()
    first = None
    size = 0
    with client.get(base + export["path"], stream=True, timeout=600) as response:
        if response.status_code != 200:
            raise RuntimeError(f"{export['label']} answered {response.status_code}")
        for chunk in response.iter_content(65536):
            if first is None:
                first = time.perf_counter()
            size += len(chunk)
    total = time.perf_counter()
    done.set()
    watcher.join()
    growth = max(peak[pid] - before[pid] for pid in pids) if pids else 0.0
    return ((first or total) - began) * 1000, (total - began) * 1000, growth, size
