"""The clerk's phone: RFC 6238 codes for the load test's staff sign-ins (locust and run.py)."""

import hashlib
import hmac
import struct
import time


def totp(key_hex: str, at: float | None = None) -> str:
    """RFC 6238 (30 s, 6 digits, SHA-1), what the clerk's phone shows."""
    counter = int((time.time() if at is None else at) // 30)
    digest = hmac.new(bytes.fromhex(key_hex), struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"
