"""Admin wiring of certificates: the clerk's URLs and the history actions (imported by wagtail_hooks)."""

from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import certificate_admin_views as views
from . import certificate_services as services

urlpatterns = [
    path("<int:pk>/accept/", views.accept, name="accept"),
    path("<int:pk>/revoke/", views.revoke, name="revoke"),
    path("<int:pk>/reissue/", views.reissue, name="reissue"),
    path("<int:pk>/pdf/", views.download, name="pdf"),
]


@hooks.register("register_admin_urls")
def register_certificate_urls():
    return [path("certificates/", include((urlpatterns, "certificates"), namespace="certificates"))]


@hooks.register("register_log_actions")
def register_certificate_actions(actions):
    actions.register_action(
        services.ACTION_ISSUED, _("Issue a certificate"), _("Certificate issued")
    )
    actions.register_action(
        services.ACTION_ACCEPTED, _("Accept a certificate"), _("Certificate accepted")
    )
    actions.register_action(
        services.ACTION_REVOKED, _("Revoke a certificate"), _("Certificate revoked")
    )
    actions.register_action(
        services.ACTION_REISSUED, _("Reissue a certificate"), _("Certificate reissued")
    )
