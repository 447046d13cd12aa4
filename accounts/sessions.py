"""Timestamps a staff session carries: when it signed in, was last active, last proved who it is.

Only seconds since the epoch are stored (no codes, no names), under keys of this app. The
timeouts are read from settings at each request so tests and deployments can change them.
"""

import time

from django.conf import settings
from django.contrib.sessions.backends.base import SessionBase

SIGNED_IN_AT = "accounts.signed_in_at"
SEEN_AT = "accounts.seen_at"
AUTHENTICATED_AT = "accounts.authenticated_at"

# Activity is written back at most this often, so a busy page does not save the session each time.
TOUCH_EVERY_SECONDS = 60


def now() -> int:
    return int(time.time())


def start(session: SessionBase) -> None:
    """A new sign-in: the absolute and idle clocks start, and the password was just typed."""
    moment = now()
    session[SIGNED_IN_AT] = moment
    session[SEEN_AT] = moment
    session[AUTHENTICATED_AT] = moment


def mark_authenticated(session: SessionBase) -> None:
    """The user has just proved who they are again (second factor, password or code)."""
    session[AUTHENTICATED_AT] = now()


def recently_authenticated(session: SessionBase) -> bool:
    """Proved within `STAFF_REAUTH_SECONDS` (sign-in, second step or the re-authentication page)."""
    proved = session.get(AUTHENTICATED_AT)
    return isinstance(proved, int) and now() - proved <= settings.STAFF_REAUTH_SECONDS


def expiry_reason(session: SessionBase) -> str | None:
    """ "idle", "max" or "unknown" (a session from before these clocks) when it must end, else None."""
    signed_in, seen = session.get(SIGNED_IN_AT), session.get(SEEN_AT)
    if not isinstance(signed_in, int) or not isinstance(seen, int):
        return "unknown"
    moment = now()
    if moment - signed_in > settings.STAFF_SESSION_MAX_SECONDS:
        return "max"
    if moment - seen > settings.STAFF_SESSION_IDLE_SECONDS:
        return "idle"
    return None


def touch(session: SessionBase) -> None:
    """Record activity; written at most once a minute."""
    moment = now()
    if moment - session.get(SEEN_AT, 0) >= TOUCH_EVERY_SECONDS:
        session[SEEN_AT] = moment
