"""The public, language-prefixed pages of this app: certificate verification."""

from django.urls import path

from .views import verify

urlpatterns = [
    path("verify/", verify.verify_form, name="certificate_verify_form"),
    path("verify/<str:code>/", verify.verify_code, name="certificate_verify"),
]
