"""The installed apps, the middleware in order, templates and the URL and WSGI entry points."""

from .environment import BASE_DIR

# The project's apps, bottom layer first: each may import only the apps above it in this list.
PROJECT_APPS = [
    "home",
    "accounts",
    "resource_centers",
    "courses",
    "registry_offices",
    "certificates",
    "learning",
    "classroom",
    "notices",
    "evaluation",
]

INSTALLED_APPS = [
    *PROJECT_APPS,
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "rest_framework",
    "oauth2_provider",
    "ninja",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Outside every middleware that may answer early (the staff session and second-factor
    # redirects, the page cache, the 503 page), so every response says it may not be framed.
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Counts and times every answer but static files' for Prometheus (home/metrics.py), served
    # apart from the site.
    "home.metrics.MetricsMiddleware",
    # nginx's request id (X-Request-ID) for the request's log lines and the tasks it queues.
    "home.logs.RequestIdMiddleware",
    # A database or object store that does not answer: a translated 503, never a traceback.
    "home.faults.ServiceUnavailableMiddleware",
    "home.pagecache.PageCacheMiddleware",
    "home.csp.SiteCSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "home.middleware.SharedSiteMiddleware",
    "home.middleware.SiteLocaleMiddleware",
    "home.middleware.PermissionsPolicyMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "home.middleware.AdminLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "accounts.middleware.StaffSessionMiddleware",
    "accounts.middleware.StaffSecondFactorMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Only a process_view: finds a Wagtail page from the route remembered in the shared cache.
    "home.routing.CachedRouteMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Form widgets render through TEMPLATES, so templates/wagtailadmin/widgets/ (the CSP nonce on
# Wagtail's date and time pickers) overrides Wagtail's own.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

WSGI_APPLICATION = "config.wsgi.application"


DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
