"""The public, language-prefixed pages of this app: certificate verification."""

from django.urls import path

from .views import credentials, verify

urlpatterns = [
    path("verify/", verify.verify_form, name="certificate_verify_form"),
    # Before verify/<code>/: "offline" is no code (and must not count against the guessing limit).
    path("verify/offline/", credentials.verify_offline, name="certificate_verify_offline"),
    path("verify/<str:code>/", verify.verify_code, name="certificate_verify"),
]
