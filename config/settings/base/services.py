"""Notices (e-mail, SMS), logging, retention of personal data, the registry API and webhooks."""

import os

from .environment import BASE_DIR

# Notices to partners and centre staff (notices/): sent by the task worker, each logged without
# its body or address. A failed e-mail or SMS is tried again NOTICE_RETRY_SECONDS × the attempt
# later, NOTICE_MAX_ATTEMPTS times in all, then logged as failed.
NOTICE_MAX_ATTEMPTS = int(os.environ.get("NOTICE_MAX_ATTEMPTS", "5"))
NOTICE_RETRY_SECONDS = int(os.environ.get("NOTICE_RETRY_SECONDS", "300"))
# SMS: `console` prints each SMS (number masked) to the worker's output; `file` appends them
# to SMS_FILE_PATH (development: the number in full); `http` posts them to an SMS gateway.
SMS_BACKEND = os.environ.get("SMS_BACKEND", "console")
SMS_FILE_PATH = os.environ.get("SMS_FILE_PATH", str(BASE_DIR / "var" / "sms" / "sms.log"))
SMS_GATEWAY_URL = os.environ.get("SMS_GATEWAY_URL", "")
SMS_GATEWAY_TOKEN = os.environ.get("SMS_GATEWAY_TOKEN", "")
SMS_SENDER = os.environ.get("SMS_SENDER", "Otbasy")
SMS_GATEWAY_TIMEOUT = float(os.environ.get("SMS_GATEWAY_TIMEOUT", "10"))

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Otbasy Academy <no-reply@otbasy.kz>")

# Personal data never goes to logs: requests are logged without query strings by gunicorn's
# default format only when configured so; Django's own loggers log errors only.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# Couples' personal data is removed this many months after their registration date, or after their
# certificate's expiry when later (`manage.py purge_couple_data`, daily from cron).
COUPLE_DATA_RETENTION_MONTHS = int(os.environ.get("COUPLE_DATA_RETENTION_MONTHS", "12"))


# The registry API (registry_offices/api/): machine clients use OAuth2 client credentials
# (django-oauth-toolkit). A client may only ask for the scopes its administrator gave it
# (registry_offices.api.scopes); secrets are stored hashed and shown once.
OAUTH2_PROVIDER = {
    "SCOPES": {
        "applications:write": "File applications, assign courses, cancel",
        "applications:read": "Read applications, their courses and progress",
        "certificates:read": "Read the certificates of the client's offices",
        "webhooks:manage": "Subscribe to events",
    },
    "SCOPES_BACKEND_CLASS": "registry_offices.api.scopes.ClientScopes",
    "ACCESS_TOKEN_EXPIRE_SECONDS": int(os.environ.get("REGISTRY_API_TOKEN_SECONDS", "3600")),
    # Only the SHA-256 of an access token is kept (RFC 9700): a database copy holds no token.
    "COMPLIANT_BCP_RFC9700_TOKEN_STORAGE": True,
    # Every other RFC 9700 (OAuth 2.0 Security BCP) behaviour too: only client credentials are
    # used here, so nothing is lost, and `check --deploy` stays clean.
    "COMPLIANT_BCP_RFC9700_IMPLICIT_GRANT": True,
    "COMPLIANT_BCP_RFC9700_PASSWORD_GRANT": True,
    "COMPLIANT_BCP_RFC9700_PKCE_METHOD": True,
    "COMPLIANT_BCP_RFC9700_ACCESS_TOKEN_TRANSPORT": True,
    "COMPLIANT_BCP_RFC9700_AUTHZ_RESPONSE_ISS": True,
    "COMPLIANT_BCP_RFC9700_REFRESH_TOKEN": True,
    "REFRESH_TOKEN_REUSE_PROTECTION": True,
    "ALLOWED_REDIRECT_URI_SCHEMES": ["https"],
}
OAUTH2_PROVIDER_APPLICATION_MODEL = "oauth2_provider.Application"
# Requests a minute per client (the shared limiter, home/ratelimit.py) and the largest body.
REGISTRY_API_RATE_LIMIT = int(os.environ.get("REGISTRY_API_RATE_LIMIT", "600"))
REGISTRY_API_MAX_BODY_BYTES = int(os.environ.get("REGISTRY_API_MAX_BODY_BYTES", "65536"))
# Webhook deliveries: seconds to wait for a receiver, tries in all, and the backoff base (seconds,
# doubled each try).
WEBHOOK_TIMEOUT_SECONDS = float(os.environ.get("WEBHOOK_TIMEOUT_SECONDS", "5"))
WEBHOOK_MAX_ATTEMPTS = int(os.environ.get("WEBHOOK_MAX_ATTEMPTS", "6"))
WEBHOOK_RETRY_SECONDS = int(os.environ.get("WEBHOOK_RETRY_SECONDS", "30"))
# How long the API keeps what it only needs for a while (`manage.py purge_api_records`, daily from
# cron): an `Idempotency-Key` replays its first answer for this many days, then is free again; a
# finished webhook delivery (delivered or failed) stays in the log, and can be sent again, this
# many days after it was queued.
REGISTRY_API_IDEMPOTENCY_DAYS = int(os.environ.get("REGISTRY_API_IDEMPOTENCY_DAYS", "7"))
WEBHOOK_RETENTION_DAYS = int(os.environ.get("WEBHOOK_RETENTION_DAYS", "30"))
