"""No tables of its own: the evaluation reads the other apps' rows. This model only carries the
permission to see the ministry dashboard (given to the "Ministry analysts" group by 0001)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Dashboard(models.Model):
    class Meta:
        managed = False
        default_permissions = ()
        permissions = [("view_dashboard", _("Can see the ministry dashboard (figures only)"))]
        verbose_name = _("ministry dashboard")
        verbose_name_plural = _("ministry dashboards")

    def __str__(self) -> str:
        return str(self._meta.verbose_name)
