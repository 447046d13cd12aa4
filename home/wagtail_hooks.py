from django.db import models
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.menu import MenuItem
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.models import ModelLogEntry, Page
from wagtail.permissions import policy_registry
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail_localize.views.report import TranslationsReportView
from wagtail_localize.wagtail_hooks import TranslationsReportMenuItem

from . import accessibility, admin_scope, translation_workflow, workflow_names
from .models import FooterText, ScopedModelLogEntry
from .translation_report import OutOfDateFilterSet, with_out_of_date
from .widgets import TransliteratingSlugInput

# Every slug field in the admin (pages of all apps, snippets) transliterates Kazakh titles; this
# replaces Wagtail's own registration of SlugInput for SlugField.
register_form_field_override(models.SlugField, override={"widget": TransliteratingSlugInput})


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "list-ul"
    menu_label = _("Footer text")
    add_to_settings_menu = True


register_snippet(FooterTextViewSet)


# --- Deny by default in Wagtail's shared screens (home/admin_scope.py) -------------------------


@hooks.register("register_log_actions", order=100)
def scope_the_site_history(registry) -> None:
    """Plain models' history is written to and read from the scoped proxy of Wagtail's log (the
    same table). Runs after Wagtail's own registration, which it replaces: left in the set,
    Wagtail's unscoped model would add every entry back to the site history."""
    registry.register_model(models.Model, ScopedModelLogEntry)
    registry.log_entry_models.discard(ModelLogEntry)


# Workflow histories read the workflow's and task's names in the admin's language (the names
# themselves: home/workflow_names.py, installed by HomeConfig.ready()).
hooks.register("register_log_actions", workflow_names.translate_log_titles, order=200)


@hooks.register("construct_page_chooser_queryset")
def scope_the_page_chooser(pages: QuerySet, request: HttpRequest) -> QuerySet:
    return admin_scope.chooser_pages(pages, request.user)


class ChoosableImagesAPIViewSet(ImagesAdminAPIViewSet):
    """The admin API's images as the image chooser shows them (Wagtail's lists them all)."""

    def get_queryset(self):
        policy = policy_registry.get_by_type(self.model)
        return policy.instances_user_has_any_permission_for(self.request.user, ["choose"])


class ChoosableDocumentsAPIViewSet(DocumentsAdminAPIViewSet):
    """The admin API's documents as the document chooser shows them."""

    def get_queryset(self):
        policy = policy_registry.get_by_type(self.model)
        return policy.instances_user_has_any_permission_for(self.request.user, ["choose"])


@hooks.register("construct_admin_api", order=100)
def scope_the_admin_api(router) -> None:
    """Replace the endpoints Wagtail's images and documents apps registered (order: after them)."""
    router.register_endpoint("images", ChoosableImagesAPIViewSet)
    router.register_endpoint("documents", ChoosableDocumentsAPIViewSet)


class EditorsTranslationsReportView(TranslationsReportView):
    """wagtail-localize's report answers anyone with admin access; this one asks for a page
    permission, as Wagtail's own page reports (workflows, aging pages) do."""

    any_permission_required = ["add", "change", "publish"]
    filterset_class = OutOfDateFilterSet  # and "Out of date" (home/translation_report.py)

    def get_queryset(self):
        return with_out_of_date(super().get_queryset())

    @cached_property
    def permission_policy(self):
        return policy_registry.get_by_type(Page)


@hooks.register("register_admin_urls", order=-100)
def guard_the_translations_report() -> list:
    """The report's own addresses, listed before wagtail-localize's (hooks run in order, and the
    first matching pattern serves), so they reach the view above; reverse() is unchanged."""
    return [
        path("localize/reports/translations/", EditorsTranslationsReportView.as_view()),
        path(
            "localize/reports/translations/results/",
            EditorsTranslationsReportView.as_view(results_only=True),
        ),
    ]


@hooks.register("before_move_page")
def refuse_moves_the_user_cannot_make(
    request: HttpRequest, page: Page, destination: Page
) -> HttpResponse | None:
    """Wagtail's move confirmation shows both pages to anyone in the admin before the move
    itself is refused; refuse it at once, as Wagtail does for a missing permission."""
    if not page.permissions_for_user(request.user).can_move_to(destination):
        return permission_denied(request)
    return None


@hooks.register("construct_reports_menu")
def scope_the_reports_menu(request, menu_items) -> None:
    """wagtail-localize shows "Translations" to everyone and labels it with a non-lazy gettext
    when the menu is first built (so the label stayed in whichever language that first request
    had): shown here to page editors only, with a lazy label that follows each user. Staff of
    an office or centre get the site history of their own rows."""
    user = request.user
    reads_translations = policy_registry.get_by_type(Page).user_has_any_permission(
        user, EditorsTranslationsReportView.any_permission_required
    )
    for item in list(menu_items):
        if isinstance(item, TranslationsReportMenuItem):
            if reads_translations:
                item.label = _("Translations")
            else:
                menu_items.remove(item)
    named = {item.name for item in menu_items}
    if "site-history" not in named and admin_scope.works_with_scoped_rows(user):
        menu_items.append(
            MenuItem(
                _("Site history"),
                reverse("wagtailadmin_reports:site_history"),
                name="site-history",
                icon_name="history",
                order=1000,
            )
        )
        menu_items.sort(key=lambda item: item.order)


@hooks.register("before_edit_page", order=-10)
def translations_follow_the_workflow(request: HttpRequest, page: Page) -> HttpResponse | None:
    """The translation editor's workflow actions (submit, approve, publish, cancel) for a
    translated page, and its "out of date: Sync" warning; runs before wagtail-localize's hook,
    which shows the editor."""
    return translation_workflow.handle(request, page)


hooks.register(
    "construct_page_action_menu", translation_workflow.name_workflows_in_the_admin_language
)

hooks.register("construct_wagtail_userbar", accessibility.use_site_checks)
