"""Sending an SMS: a small pluggable backend, chosen by the SMS_BACKEND setting.

`console` (the default) prints each SMS to the worker's output with the number masked, so a log
never holds a phone number; `file` appends them in full to SMS_FILE_PATH (development, tests);
`http` posts them to an SMS gateway (SMS_GATEWAY_URL, SMS_GATEWAY_TOKEN, SMS_SENDER) with a
timeout. Any other value is the dotted path of a class with `send(to, text)`. A backend raises
SmsError when the message did not go, and the worker tries again later.
"""

from __future__ import annotations

import json
import sys
import threading
import urllib.error
import urllib.request
from pathlib import Path
from typing import TextIO

from django.conf import settings
from django.utils import timezone
from django.utils.module_loading import import_string


class SmsError(Exception):
    """The SMS was not accepted; the message says why without the number or the text."""


def mask_number(number: str) -> str:
    """+77011234567 -> +7******4567."""
    return number[:2] + "*" * max(len(number) - 6, 0) + number[-4:]


class BaseSmsBackend:
    def send(self, to: str, text: str) -> None:  # pragma: no cover - interface
        raise NotImplementedError


class ConsoleBackend(BaseSmsBackend):
    """Prints "SMS to +7******4567: text" (the worker's output is a log: no full number)."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream

    def send(self, to: str, text: str) -> None:
        stream = self.stream or sys.stdout
        stream.write(f"SMS to {mask_number(to)}: {text}\n")
        stream.flush()


class FileBackend(BaseSmsBackend):
    """Appends one JSON line per SMS to SMS_FILE_PATH, for a developer to read."""

    _lock = threading.Lock()

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path or settings.SMS_FILE_PATH)

    def send(self, to: str, text: str) -> None:
        line = json.dumps(
            {"at": timezone.now().isoformat(), "to": to, "text": text}, ensure_ascii=False
        )
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._lock, self.path.open("a", encoding="utf-8") as handle:
            handle.write(line + "\n")


class HttpGatewayBackend(BaseSmsBackend):
    """Posts {"to", "text", "sender"} as JSON with a bearer token; any 2xx answer is delivered.

    The common shape of Kazakh and international SMS gateways' HTTP APIs; a gateway with another
    shape gets a small subclass overriding `payload`.
    """

    def __init__(
        self,
        url: str | None = None,
        token: str | None = None,
        sender: str | None = None,
        timeout: float | None = None,
    ) -> None:
        self.url = url if url is not None else settings.SMS_GATEWAY_URL
        self.token = token if token is not None else settings.SMS_GATEWAY_TOKEN
        self.sender = sender if sender is not None else settings.SMS_SENDER
        self.timeout = timeout if timeout is not None else settings.SMS_GATEWAY_TIMEOUT
        if not self.url.startswith(("https://", "http://")):
            raise SmsError("SMS_GATEWAY_URL is not set to an http(s) address")

    def payload(self, to: str, text: str) -> dict:
        return {"to": to, "text": text, "sender": self.sender}

    def send(self, to: str, text: str) -> None:
        body = json.dumps(self.payload(to, text), ensure_ascii=False).encode()
        request = urllib.request.Request(  # noqa: S310 - the scheme is checked above
            self.url,
            data=body,
            method="POST",
            headers={
                "Content-Type": "application/json; charset=utf-8",
                "Authorization": f"Bearer {self.token}",
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                status = response.status
        except urllib.error.HTTPError as error:
            raise SmsError(f"the gateway answered {error.code}") from None
        except (urllib.error.URLError, OSError) as error:
            raise SmsError(f"the gateway could not be reached ({type(error).__name__})") from None
        if not 200 <= status < 300:
            raise SmsError(f"the gateway answered {status}")


BACKENDS = {
    "console": ConsoleBackend,
    "file": FileBackend,
    "http": HttpGatewayBackend,
}


def get_backend() -> BaseSmsBackend:
    name = settings.SMS_BACKEND
    backend_class = BACKENDS.get(name) or import_string(name)
    return backend_class()


def send_sms(to: str, text: str) -> None:
    """Send one SMS through the configured backend (SmsError when it did not go)."""
    get_backend().send(to, text)
