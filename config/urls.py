"""URL wiring: language-neutral endpoints first, then the language-prefixed site."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts.views.passwords import PasswordResetView
from home import views as home_views
from home.api import api_router

urlpatterns = [
    path("", home_views.root_redirect, name="root"),
    path("healthz", home_views.healthz, name="healthz"),
    # Wagtail's "forgotten password?" page with its requests limited (before Wagtail's own URL).
    path("admin/password_reset/", PasswordResetView.as_view(), name="accounts_password_reset"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("api/hsds/", include("resource_centers.hsds.urls")),
    path("api/registry/v1/", include("registry_offices.api.urls")),
    path("", include("certificates.api_urls")),
    path("i18n/", include("django.conf.urls.i18n")),
]

if settings.DEBUG or settings.SERVE_MEDIA:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", home_views.search, name="search"),
    path("", include("learning.urls")),
    path("", include("certificates.public_urls")),
    path("", include("classroom.urls")),
    path("", include("evaluation.urls")),
    path("", include(wagtail_urls)),
)

handler400 = "home.views.bad_request"
handler500 = "home.views.server_error"
