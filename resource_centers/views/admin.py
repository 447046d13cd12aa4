"""The staff's admin views: Wagtail's generic views narrowed to the member's own centres.

What a user may do is checked by the generic views against the model's registered permission
policy (CentreScopedPermissionPolicy); these mixins ask the same policy which rows they may see,
so a list shows only their centres' rows and a URL naming another centre's row answers 404.
"""

from django.http import Http404
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage

from accounts.reauth import ReauthenticatedExportMixin


class ScopedObjectMixin:
    """A look-up by id goes through the member's centres: another centre's row is a 404."""

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        if not self.permission_policy.user_can_see(self.request.user, obj):
            raise Http404
        return obj


class ScopedMixin(ScopedObjectMixin):
    """Lists and look-ups of the model itself are narrowed to the member's centres."""

    def get_base_queryset(self):
        queryset = self.permission_policy.scope(super().get_base_queryset(), self.request.user)
        return queryset.select_related("centre")

    def get_queryset(self):
        return self.permission_policy.scope(super().get_queryset(), self.request.user)


class ScopedIndexView(ReauthenticatedExportMixin, ScopedMixin, generic.IndexView):
    pass


class ScopedEditView(ScopedMixin, generic.EditView):
    pass


class ScopedDeleteView(ScopedMixin, generic.DeleteView):
    pass


class ScopedInspectView(ScopedMixin, generic.InspectView):
    pass


class ScopedHistoryView(ScopedObjectMixin, history.HistoryView):
    pass


class ScopedUsageView(ScopedObjectMixin, usage.UsageView):
    pass


class ConsultationRequestIndexView(ScopedIndexView):
    """The requests' list also names the referring office: fetched in the same query."""

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("office")
