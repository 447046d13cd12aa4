"""Staff sign-in (passwords, second factor, lockout, sessions) and the headers every response
carries (cookies, framing, permissions policy, Content-Security-Policy)."""

import os

from csp.constants import NONCE, NONE, SELF, UNSAFE_HASHES, UNSAFE_INLINE

from .environment import env_bool, env_list, origin_of
from .languages import MEDIA_URL

# Wagtail's sign-in form with a translated "Password" label (accounts/forms.py).
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.forms.LoginForm"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    # A common word, name or place dressed with digits (Astana2024!), offline (accounts/passwords.py).
    {"NAME": "accounts.passwords.GuessableWordValidator"},
    # Repeated or sequential characters (aaaaaaaaaaaa, abcdefghijkl, 123456789012).
    {"NAME": "accounts.passwords.RepetitiveValidator"},
    {"NAME": "accounts.passwords.PasswordChangeLog"},
]

# Staff authentication (accounts/): OWASP ASVS level 2 for everyone who can open the admin.
# django-axes checks every sign-in first; the model backend then checks the password.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    # Django's ModelBackend, with each user's permissions in the shared cache (accounts/backends.py).
    "accounts.backends.CachedModelBackend",
]
# A second factor (TOTP app, recovery codes) for every staff role; off only in dev and test.
STAFF_MFA_REQUIRED = env_bool("STAFF_MFA_REQUIRED", True)
OTP_TOTP_ISSUER = "Otbasy Academy"
# Staff sessions end after 30 minutes without a request, and 12 hours after signing in.
STAFF_SESSION_IDLE_SECONDS = int(os.environ.get("STAFF_SESSION_IDLE_SECONDS", str(30 * 60)))
STAFF_SESSION_MAX_SECONDS = int(os.environ.get("STAFF_SESSION_MAX_SECONDS", str(12 * 60 * 60)))
# Exports and certificate revoke/reissue need a proof of identity at most this old.
STAFF_REAUTH_SECONDS = int(os.environ.get("STAFF_REAUTH_SECONDS", str(5 * 60)))
# The security log (accounts.SecurityEvent) is kept this long; `purge_security_events` deletes older.
SECURITY_EVENT_RETENTION_DAYS = int(os.environ.get("SECURITY_EVENT_RETENTION_DAYS", "365"))
# "Forgotten password?" requests: per client address, and per e-mail from everywhere together.
PASSWORD_RESET_LIMIT = 5
PASSWORD_RESET_EMAIL_LIMIT = 3
PASSWORD_RESET_WINDOW_SECONDS = 60 * 60
# Login lockout (accounts/lockout.py): 5 failures on one account from one address lock that pair,
# 10 on one account from all addresses lock the account; 30 minutes either way. Never by address
# alone, so one address (an office behind NAT, or an attacker) cannot lock everyone out.
AXES_HANDLER = "accounts.lockout.StaffLockoutHandler"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "username"]
AXES_FAILURE_LIMIT = 5
AXES_ACCOUNT_FAILURE_LIMIT = 10
AXES_COOLOFF_TIME = 0.5  # hours
AXES_RESET_ON_SUCCESS = True
# Failures during a lockout do not extend it, so an attacker cannot keep an account locked for ever.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_CALLABLE = "accounts.lockout.locked_out"
# The address the same way as every guessing limit: behind TRUSTED_PROXY_COUNT proxies.
AXES_CLIENT_IP_CALLABLE = "home.ratelimit.client_ip"
# Successful sign-ins go to the security log (hashed address), not to axes's raw-address log.
AXES_DISABLE_ACCESS_LOG = True
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "password", "code"]
AXES_VERBOSE = False


SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
# Wagtail's preview renders the page in an iframe of the admin, so same-origin framing is allowed.
X_FRAME_OPTIONS = "SAMEORIGIN"
# Browser features the site never uses stay off for every page (home.middleware.PermissionsPolicyMiddleware).
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
)
# Admin avatars are initials, not gravatar.com look-ups keyed by a hash of staff e-mails.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Content-Security-Policy (django-csp, home/csp.py): only our own files run, and inline scripts
# only with the response's nonce (no 'unsafe-inline', no eval), on public, learner and admin pages.
# Inline style attributes are allowed (progress bars, Wagtail's admin), <style> elements only in
# the admin. Images may also come from the media origin when media lives on object storage;
# frames from the video hosts the lesson video block accepts.
CSP_EXTRA_IMG_SRC = [*filter(None, [origin_of(MEDIA_URL)]), *env_list("CSP_EXTRA_IMG_SRC")]
CSP_VIDEO_FRAME_SRC = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
CSP_DIRECTIVES = {
    "default-src": [SELF],
    "script-src": [SELF, NONCE],
    "style-src": [SELF],
    "style-src-attr": [UNSAFE_INLINE],
    "img-src": [SELF, "data:", *CSP_EXTRA_IMG_SRC],
    "font-src": [SELF],
    "connect-src": [SELF],
    "frame-src": [SELF, *CSP_VIDEO_FRAME_SRC],
    "frame-ancestors": [SELF],
    "form-action": [SELF],
    "base-uri": [SELF],
    "object-src": [NONE],
}
# What Wagtail's admin needs on top, checked in Chromium (tests/journeys/test_csp.py): its scripts
# add <style> elements; uploads preview the chosen image from a blob: URL; the image cropper
# (Jcrop) tests event support with an `on…="return;"` attribute, the only inline handler allowed.
CSP_ADMIN_DIRECTIVES = {
    "style-src": [SELF, UNSAFE_INLINE],
    "style-src-attr": None,
    "img-src": [SELF, "data:", "blob:", *CSP_EXTRA_IMG_SRC],
    "script-src-attr": [UNSAFE_HASHES, "'sha256-i+qr4lq34KgNHiW62lWi9aInEBwiEOrfCzaNPCvkqD8='"],
}
# CSP_REPORT_ONLY=true in the environment sends the same policy as report-only (browsers report,
# block nothing). Not a setting of that name: django-csp 4 refuses its old 3.x setting names.
if env_bool("CSP_REPORT_ONLY", False):
    CONTENT_SECURITY_POLICY = None
    CONTENT_SECURITY_POLICY_REPORT_ONLY = {"DIRECTIVES": CSP_DIRECTIVES}
else:
    CONTENT_SECURITY_POLICY = {"DIRECTIVES": CSP_DIRECTIVES}
    CONTENT_SECURITY_POLICY_REPORT_ONLY = None
