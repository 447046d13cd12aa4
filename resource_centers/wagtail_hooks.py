"""Admin wiring: the centre-scoped permission policies, the "Resource centres" menu group and
what centre staff see of Wagtail's shared screens (site history, page chooser)."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from home import admin_scope

from .models import CentreMembership, ConsultationRequest, MonthlyReport
from .permissions import CentreScopedPermissionPolicy, centres_for, scope_to_user
from .viewsets import ResourceCentresGroup

for _model in (ConsultationRequest, MonthlyReport):
    register_permission_policy(_model, CentreScopedPermissionPolicy(_model), exact_class=True)


@hooks.register("register_admin_viewset")
def register_viewsets():
    return ResourceCentresGroup()


@hooks.register(admin_scope.LOG_SCOPE_HOOK)
def centre_rows_in_the_site_history() -> dict:
    """The site history shows a centre's staff the acts on their own centres' rows only."""
    return {
        ConsultationRequest: lambda user: scope_to_user(ConsultationRequest.objects.all(), user),
        MonthlyReport: lambda user: scope_to_user(MonthlyReport.objects.all(), user),
        CentreMembership: lambda user: scope_to_user(CentreMembership.objects.all(), user),
    }


@hooks.register(admin_scope.CHOOSER_PAGES_HOOK)
def staff_choose_their_centres(user):
    """The monthly figures form picks the centre with Wagtail's page chooser: staff, who have
    no page permissions, find their own centres in it and nothing else."""
    return centres_for(user)
