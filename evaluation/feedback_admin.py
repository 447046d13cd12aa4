"""The survey's comments for moderators (/admin/course-feedback/): a read-only list.

Free text never leaves the admin (issue 27): the open data and the dashboard publish scores only.
The comments were cleaned of phones, e-mails, IINs and the application's names before they were
stored (learning/feedback.py); a row names no one, only course, office, month and language.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.permission_policies import ModelPermissionPolicy

from accounts.viewsets import ReadOnlyViewSet
from learning.models import Feedback, FeedbackMissing


class ViewOnlyPolicy(ModelPermissionPolicy):
    """`learning.view_feedback` lets a moderator read; nobody adds, edits or deletes an answer."""

    def user_has_permission(self, user, action: str) -> bool:
        return action == "view" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions) -> bool:
        return "view" in actions and super().user_has_permission(user, "view")

    def users_with_any_permission(self, actions):
        if "view" not in actions:
            return super().users_with_any_permission([]).none()
        return super().users_with_any_permission(["view"])


feedback_policy = ViewOnlyPolicy(Feedback)


def _missing(feedback: Feedback) -> str:
    labels = dict(FeedbackMissing.choices)
    return ", ".join(str(labels.get(key, key)) for key in feedback.missing) or "—"


class FeedbackIndexView(generic.IndexView):
    page_title = _("Course feedback")
    default_ordering = "-month"

    def get_base_queryset(self):
        return Feedback.objects.select_related("course", "office")

    def get_list_more_buttons(self, instance):
        return []

    def get_edit_url(self, instance):
        return None


class FeedbackViewSet(ReadOnlyViewSet):
    """The list only (no detail view), in the main menu rather than Settings; the permission is
    learning's own `view_feedback`, given to the analysts, so none is registered here."""

    model = Feedback
    name = "course-feedback"  # /admin/course-feedback/
    icon = "comment"
    menu_label = _("Course feedback")
    menu_order = 166
    add_to_admin_menu = True
    add_to_settings_menu = False
    inspect_view_enabled = False
    permission_policy = feedback_policy
    index_view_class = FeedbackIndexView
    list_per_page = 50
    list_filter = ["month", "course", "language", "would_recommend"]
    list_display = [
        Column("month", label=_("Month"), accessor=lambda f: f"{f.month:%Y-%m}"),
        Column("course", label=_("Course"), accessor=lambda f: f.course.title),
        Column(
            "office",
            label=_("Registry office"),
            accessor=lambda f: f.office.name if f.office else "—",
        ),
        Column("language", label=_("Language"), accessor="language"),
        Column("usefulness", label=_("Usefulness (1-5)"), accessor="usefulness"),
        Column("clarity", label=_("Clarity (1-5)"), accessor="clarity"),
        Column("missing", label=_("What was missing"), accessor=_missing),
        Column("comment", label=_("Comment"), accessor=lambda f: f.comment or "—"),
    ]
