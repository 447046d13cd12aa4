"""Admin wiring: the counter and the certificate's acts (/admin/certificates/), their history
labels, and the clerk's view of certificates in the site history (own offices only)."""

from django.urls import include, path
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from home import admin_scope

from . import actions
from .models import Certificate
from .permissions import certificate_policy
from .scoping import certificates_for_user
from .views import acts, counter

register_permission_policy(Certificate, certificate_policy)

CERTIFICATE_URLS = [
    path("check/", counter.check, name="check"),
    path("<int:pk>/", counter.detail, name="detail"),
    path("<int:pk>/accept/", acts.accept, name="accept"),
    path("<int:pk>/revoke/", acts.revoke, name="revoke"),
    path("<int:pk>/reissue/", acts.reissue, name="reissue"),
    path("<int:pk>/pdf/", acts.download, name="pdf"),
]


@hooks.register("register_admin_urls")
def register_certificate_urls():
    return [path("certificates/", include((CERTIFICATE_URLS, "certificates")))]


@hooks.register("register_log_actions")
def register_log_actions(registry):
    for action, (label, message) in actions.LABELS.items():
        registry.register_action(action, label, message)


@hooks.register(admin_scope.LOG_SCOPE_HOOK)
def office_certificates_in_the_site_history() -> dict:
    """The site history shows a clerk the acts on their own offices' certificates only."""
    return {Certificate: certificates_for_user}
