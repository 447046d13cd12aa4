"""The account pages under /admin/security/ (registered through Wagtail's register_admin_urls, so
Wagtail requires a signed-in user with admin access before any of them runs)."""

from django.urls import path

from .views import mfa, reauth

app_name = "accounts"

urlpatterns = [
    path("two-step/", mfa.manage, name="mfa"),
    path("two-step/set-up/", mfa.enrol, name="mfa_enrol"),
    path("two-step/verify/", mfa.verify, name="mfa_verify"),
    path("two-step/recovery-codes/", mfa.regenerate_codes, name="mfa_recovery_codes"),
    path("two-step/reset/", mfa.reset_own, name="mfa_reset"),
    path("two-step/reset/<int:pk>/", mfa.reset_user, name="mfa_reset_user"),
    path("confirm/", reauth.reauthenticate, name="reauthenticate"),
]
