"""Small helpers scripts/cluster.sh calls: free ports, waiting for a URL, the SMTP sink.

util.py ports N          N free loopback ports (each with port+10000 free too: SeaweedFS
                         puts its gRPC listeners there)
util.py wait URL SECONDS wait until URL answers 200 (exit 1 when it never does)
util.py up URL SECONDS   wait until URL answers at all (any HTTP status)
util.py smtp PORT FILE   an SMTP sink on 127.0.0.1:PORT: one JSON line per message in FILE
"""

import json
import socket
import sys
import time
import urllib.error
import urllib.request
from email import message_from_bytes
from email.header import decode_header, make_header


def _free(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def ports(count: int) -> list[int]:
    """Ports the kernel hands out, kept only when port+10000 is free too."""
    found: list[int] = []
    while len(found) < count:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        if port < 55000 and port not in found and _free(port + 10000):
            found.append(port)
    return found


def wait(url: str, seconds: float, any_status: bool = False) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=3) as response:  # noqa: S310 - loopback
                if response.status == 200:
                    return True
        except urllib.error.HTTPError:
            if any_status:
                return True
        except (OSError, urllib.error.URLError):
            pass
        time.sleep(0.5)
    return False


def smtp(port: int, path: str) -> None:
    """Accept every message and write who it was for: the load test counts them per address."""
    from aiosmtpd.controller import Controller

    class Sink:
        async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
            message = message_from_bytes(envelope.content)
            subject = str(make_header(decode_header(message.get("Subject", ""))))
            line = {"to": envelope.rcpt_tos, "subject": subject, "at": time.time()}
            with open(path, "a", encoding="utf-8") as out:
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
            return "250 OK"

    controller = Controller(Sink(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        while True:
            time.sleep(3600)
    finally:
        controller.stop()


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else ""
    if command == "ports":
        print(" ".join(str(p) for p in ports(int(argv[2]))))
        return 0
    if command == "wait":
        return 0 if wait(argv[2], float(argv[3])) else 1
    if command == "up":
        return 0 if wait(argv[2], float(argv[3]), any_status=True) else 1
    if command == "smtp":
        smtp(int(argv[2]), argv[3])
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
