"""Language-neutral certificate API (outside i18n_patterns): GET /api/certificates/<code>/."""

from django.urls import path

from . import verify_views

urlpatterns = [
    path("api/certificates/<str:code>/", verify_views.certificate_api, name="certificate_api"),
]
