"""Admin wiring: the centre-scoped permission policies and the "Resource centres" menu group."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .models import ConsultationRequest, MonthlyReport
from .permissions import CentreScopedPermissionPolicy
from .viewsets import ResourceCentresGroup

for _model in (ConsultationRequest, MonthlyReport):
    register_permission_policy(_model, CentreScopedPermissionPolicy(_model), exact_class=True)


@hooks.register("register_admin_viewset")
def register_viewsets():
    return ResourceCentresGroup()
