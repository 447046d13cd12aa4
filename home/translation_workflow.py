"""Translations go through the moderation workflow, as their source does.

wagtail-localize's translation editor (1.14) offers only Publish, and only to those allowed to
publish; an editor is left with Delete as the main button and nothing reaches a moderator. Here
the translation editor gets Wagtail's own page actions (submit to the workflow, approve, request
changes, publish, cancel) with the next step as the main button, and their POSTs are handled for
translated pages: the translated text is saved as a revision of the page (the live page is left
alone until a moderator approves it) and the workflow runs on it as on any page.
"""

from __future__ import annotations

import json
from urllib.parse import quote

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages as admin_messages
from wagtail.admin.action_menu import (
    ActionMenuItem,
    CancelWorkflowMenuItem,
    PageActionMenu,
    PageLockedMenuItem,
    PublishMenuItem,
    RestartWorkflowMenuItem,
    SaveDraftMenuItem,
    SubmitForModerationMenuItem,
    UnpublishMenuItem,
    WorkflowMenuItem,
)
from wagtail.models import Page, Revision, WorkflowState
from wagtail_localize.models import Translation

from .workflow_names import display_name


class SubmitToWorkflowMenuItem(SubmitForModerationMenuItem):
    """Wagtail's "Submit to <workflow>" with the workflow's name in the admin's language, not
    «Moderators approve жұмыс үдерісіне жіберу»."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        page = context.get("page")
        state = page.current_workflow_state if page else None
        if state and state.status == state.STATUS_NEEDS_CHANGES:
            context["label"] = _("Resubmit to %(task_name)s") % {
                "task_name": display_name(state.current_task_state.task.name)
            }
        else:
            workflow_page = page if page and page.pk else context["parent_page"]
            workflow = workflow_page.get_workflow()
            if workflow:
                context["label"] = _("Submit to %(workflow_name)s") % {
                    "workflow_name": display_name(workflow.name)
                }
        return context


def name_workflows_in_the_admin_language(menu_items: list, request, context) -> None:
    """construct_page_action_menu: swap in the submit item above (same order and rules)."""
    for index, item in enumerate(menu_items):
        if type(item) is SubmitForModerationMenuItem:
            menu_items[index] = SubmitToWorkflowMenuItem(order=item.order)


# Which action is the main button: the first of these the user has (the next step).
MAIN_ACTION_ORDER = (
    WorkflowMenuItem,
    PublishMenuItem,
    SubmitForModerationMenuItem,
    RestartWorkflowMenuItem,
    PageLockedMenuItem,
    CancelWorkflowMenuItem,
    UnpublishMenuItem,
)
WORKFLOW_POST_KEYS = (
    "action-publish",
    "action-submit",
    "action-restart-workflow",
    "action-workflow-action",
    "action-cancel-workflow",
)


def translation_for(page: Page) -> Translation | None:
    """The synced wagtail-localize translation whose target is this page, if any."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def save_translated_revision(translation: Translation, user) -> Revision:
    """A new revision of the translated page with the current translations (untranslated text
    falls back to the source), without touching the page row a live page is served from."""
    page = translation.source.get_ephemeral_translated_instance(
        translation.target_locale, fallback=True
    )
    return page.save_revision(user=user, log_action=True)


class _LinkItem(ActionMenuItem):
    """A secondary action that is a link (Delete) or a POST to another URL (Stop synced)."""

    template_name = "wagtail_localize/admin/includes/action_link.html"

    def __init__(self, label, url: str, icon_name: str, post: bool = False, order: int = 900):
        self.label = label
        self.url = url
        self.icon_name = icon_name
        self.post = post
        super().__init__(order=order)

    def is_shown(self, context) -> bool:
        return True

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["post"] = self.post
        return context

    def get_url(self, parent_context):
        return self.url


def _rank(item: ActionMenuItem) -> int:
    if isinstance(item, WorkflowMenuItem) and item.name == "approve" and not item.launch_modal:
        return -1  # "Approve and publish" before "Request changes"
    for index, kind in enumerate(MAIN_ACTION_ORDER):
        if isinstance(item, kind):
            return index
    return len(MAIN_ACTION_ORDER)


class TranslationActionMenu(PageActionMenu):
    """Wagtail's page actions for a translated page, the next step first. "Save draft" is left
    out: each translated segment is saved as it is typed."""

    def __init__(self, request: HttpRequest, page: Page, translation: Translation):
        lock = page.get_lock()
        super().__init__(
            request,
            view="edit",
            page=page,
            lock=lock,
            locked_for_user=bool(lock and lock.for_user(request.user)),
        )
        items = [self.default_item, *self.menu_items] if self.default_item else []
        items = [
            item
            for item in items
            if not isinstance(item, SaveDraftMenuItem) and item.name != "localize-convert-to-alias"
        ]
        items.sort(key=_rank)
        items.append(
            _LinkItem(
                gettext_lazy("Stop Synced translation"),
                reverse("wagtail_localize:stop_translation", args=[translation.pk]),
                "cross",
                post=True,
            )
        )
        if self.context["user_page_permissions_tester"].can_delete():
            items.append(
                _LinkItem(
                    gettext_lazy("Delete"),
                    reverse("wagtailadmin_pages:delete", args=[page.pk]),
                    "bin",
                    order=950,
                )
            )
        self.default_item = items.pop(0) if items else None
        self.menu_items = items


def render_footer(request: HttpRequest, page: Page, translation: Translation) -> str:
    """The translation editor's footer: a form posting the page actions to the edit view."""
    menu = TranslationActionMenu(request, page, translation)
    return render_to_string(
        "wagtail_localize/admin/includes/workflow_footer.html",
        {
            "action_menu": menu,
            "page": page,
            "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
            "preview_url": reverse("wagtail_localize:preview_translation", args=[translation.pk]),
        },
        request=request,
    )


def is_out_of_date(translation: Translation) -> bool:
    """The source page was published after the translation's source text was last synced, so
    the translation shows (and would publish) old text until someone syncs it."""
    source_page = (
        Page.objects.filter(
            translation_key=translation.source.object_id, locale_id=translation.source.locale_id
        )
        .only("last_published_at")
        .first()
    )
    published = source_page.last_published_at if source_page else None
    return bool(published and published > translation.source.last_updated_at)


def _workflow_action_is_valid(request: HttpRequest, page: Page) -> bool:
    task = page.current_workflow_task
    if task is None:
        return False
    names = [name for name, _label, _modal in task.get_actions(page, request.user)]
    return request.POST.get("workflow-action-name") in names


def warn_when_out_of_date(request: HttpRequest, translation: Translation) -> None:
    """The translator is told, in the editor's messages, that the source changed, with "Sync"."""
    if not is_out_of_date(translation):
        return
    url = reverse("wagtail_localize:update_translations", args=[translation.source_id])
    admin_messages.warning(
        request,
        _(
            "The %(language)s page has changed since this translation was last synced: "
            "sync it to translate the changes."
        )
        % {"language": translation.source.locale.get_display_name()},
        buttons=[admin_messages.button(f"{url}?next={quote(request.path)}", _("Sync"))],
    )


def handle(request: HttpRequest, page: Page) -> HttpResponse | None:
    """Run a workflow action posted from the translation editor, or warn that the translation
    is out of date when it is opened; None lets wagtail-localize's editor answer."""
    posted = request.method == "POST" and any(key in request.POST for key in WORKFLOW_POST_KEYS)
    if request.method != "GET" and not posted:
        return None
    translation = translation_for(page)
    if translation is None:
        return None
    if not posted:
        warn_when_out_of_date(request, translation)
        return None
    user = request.user
    perms = page.permissions_for_user(user)
    lock = page.get_lock()
    locked_for_user = bool(lock and lock.for_user(user))
    state = page.current_workflow_state
    title = translation.source.get_source_instance().get_admin_display_title()
    locale = translation.target_locale.get_display_name()
    try:
        if request.POST.get("action-publish") and perms.can_publish():
            translation.save_target(user=user, publish=True)
            missing = (
                translation.source.stringsegment_set.annotate_translation(translation.target_locale)
                .filter(translation__isnull=True)
                .exists()
            )
            if missing:
                messages.warning(
                    request,
                    _(
                        "Published '{object}' in {locale} with missing translations - see below."
                    ).format(object=title, locale=locale),
                )
            else:
                messages.success(
                    request,
                    _("Published '{object}' in {locale}.").format(object=title, locale=locale),
                )
        elif request.POST.get("action-submit") and not locked_for_user:
            if not perms.can_submit_for_moderation():
                raise PermissionDenied
            save_translated_revision(translation, user)
            if state and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
                state.resume(user)
            else:
                page.get_workflow().start(page, user)
            messages.success(
                request,
                _("Page '%(page_title)s' has been submitted for moderation.")
                % {"page_title": page.get_admin_display_title()},
            )
        elif request.POST.get("action-restart-workflow") and state and not locked_for_user:
            if not (perms.can_submit_for_moderation() and state.user_can_cancel(user)):
                raise PermissionDenied
            save_translated_revision(translation, user)
            state.cancel(user=user)
            page.get_workflow().start(page, user)
            messages.success(
                request,
                _("Workflow on page '%(page_title)s' has been restarted.")
                % {"page_title": page.get_admin_display_title()},
            )
        elif request.POST.get("action-workflow-action"):
            if not _workflow_action_is_valid(request, page):
                raise PermissionDenied
            # What the moderator sees in the editor is what the approval publishes.
            save_translated_revision(translation, user)
            page = Page.objects.get(pk=page.pk).specific
            extra = json.loads(request.POST.get("workflow-action-extra-data") or "{}")
            page.current_workflow_task.on_action(
                page.current_workflow_task_state,
                user,
                request.POST["workflow-action-name"],
                **extra,
            )
            messages.success(
                request,
                _("Page '%(page_title)s' has been updated.")
                % {"page_title": page.get_admin_display_title()},
            )
        elif request.POST.get("action-cancel-workflow") and state:
            if not state.user_can_cancel(user):
                raise PermissionDenied
            state.cancel(user=user)
            messages.success(
                request,
                _("Workflow on page '%(page_title)s' has been cancelled.")
                % {"page_title": page.get_admin_display_title()},
            )
        else:
            raise PermissionDenied
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("wagtailadmin_pages:edit", page.pk)
