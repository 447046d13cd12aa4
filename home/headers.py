"""Security headers on the files WhiteNoise serves: it answers /static/ before any middleware runs,
so without this a stylesheet or an SVG opened on its own would come without them."""

from wsgiref.headers import Headers

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.utils import build_policy
from django.conf import settings


def add_static_file_headers(headers: Headers, path: str, url: str) -> None:
    """WHITENOISE_ADD_HEADERS_FUNCTION: the pages' framing, sniffing, referrer, feature and
    content policies (the content policy without a nonce: a static file has no inline script)."""
    headers["X-Frame-Options"] = settings.X_FRAME_OPTIONS
    headers["X-Content-Type-Options"] = "nosniff"
    headers["Referrer-Policy"] = settings.SECURE_REFERRER_POLICY
    headers["Permissions-Policy"] = settings.PERMISSIONS_POLICY
    if policy := build_policy():
        headers[HEADER] = policy
    if policy := build_policy(report_only=True):
        headers[HEADER_REPORT_ONLY] = policy
