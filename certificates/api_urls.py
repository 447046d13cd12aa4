"""Language-neutral certificate API (outside i18n_patterns): GET /api/certificates/<code>/."""

from django.urls import path

from .views import verify

urlpatterns = [
    path("api/certificates/<str:code>/", verify.certificate_api, name="certificate_api"),
]
