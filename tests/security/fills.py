"""How to fill each admin URL shape's parameters with the world's ids (tests/security/world.py).

A parameter is filled, in this order, from the screen's own rule (`BY_NAME`, by URL name or
namespace), from the parameter's name (`BY_PARAMETER`), or, for a viewset's `pk`, from the view's
model (`BY_MODEL`, else any row of that model, else an id no row has). A shape with a parameter
no rule explains is *unfillable*: the matrix test fails until it gets a rule or is listed in
`UNFILLABLE` with a reason, so a new screen cannot slip past the matrix.
"""

from __future__ import annotations

from dataclasses import dataclass

from .shapes import ABSENT, Shape, render


@dataclass(frozen=True)
class Ref:
    """A row of the world: `scope` is "side" (the a/b office or centre), "shared" or "user"."""

    scope: str
    key: str


def side(key: str) -> Ref:
    return Ref("side", key)


def shared(key: str) -> Ref:
    return Ref("shared", key)


PAGE, HOME = shared("page"), shared("home")
COURSE_TYPE = {"content_type_app_name": "courses", "content_type_model_name": "coursepage"}
NEW_COURSE = {**COURSE_TYPE, "parent_page_id": shared("course_index")}
FOOTER = {"app_label": "home", "model_name": "footertext", "pk": shared("footer")}

BY_PARAMETER: dict[str, object] = {
    "page_id": PAGE,
    "parent_page_id": HOME,
    "page_to_move_id": shared("lesson"),
    "destination_id": PAGE,
    "page_pk": PAGE,
    "revision_id": shared("revision"),
    "revision_id_a": "earliest",
    "revision_id_b": "latest",
    "workflow_state_id": shared("workflow_state"),
    "task_state_id": shared("task_state"),
    "task_id": shared("task"),
    "workflow_pk": shared("workflow"),
    "collection_id": shared("collection"),
    "image_id": shared("image"),
    "document_id": shared("document"),
    "doc_id": shared("document"),
    "redirect_id": shared("redirect"),
    "translation_source_id": shared("translation_source"),
    "translation_id": shared("translation"),
    "string_segment_id": shared("string_segment"),
    # The world has no rows of these (uploads in progress, overridden segments, editing
    # sessions): an absent id still asks each role's permission check.
    "overridable_segment_id": ABSENT,
    "uploaded_file_id": ABSENT,
    "session_id": ABSENT,
    "office_id": side("office"),
    "object_id": side("application"),
    "filter_spec": "max-80x80",
    "mode": "default",
    "uidb64": "MQ",
    "token": "set-password",
}

# By URL name, or by namespace ("certificates:"), for parameters that mean different things on
# different screens (pk, app_label, model_name, action).
BY_NAME: dict[str, dict[str, object]] = {
    "wagtailadmin_api:pages:": {"pk": PAGE, "action_name": "copy"},
    "wagtailadmin_api:documents:": {"pk": shared("document")},
    "wagtailadmin_api:images:": {"pk": shared("image")},
    "wagtail_bulk_action": {"app_label": "wagtailcore", "model_name": "page", "action": "delete"},
    "wagtailadmin_pages:add": NEW_COURSE,
    "wagtailadmin_pages:preview_on_add": NEW_COURSE,
    "wagtailadmin_pages:type_use": COURSE_TYPE,
    "wagtailadmin_pages:type_use_results": COURSE_TYPE,
    "wagtailadmin_pages:choose_parent": {"app_label": "courses", "model_name": "coursepage"},
    "wagtailadmin_pages:revisions_compare": {"pk": PAGE},
    "wagtailadmin_pages:workflow_action": {"action_name": "approve"},
    "wagtailadmin_pages:collect_workflow_action_data": {"action_name": "approve"},
    # The centres' directory: its children are the centres, what centre staff may choose.
    "wagtailadmin_choose_page_child": {"parent_page_id": shared("directory")},
    "wagtailadmin_tag_model_autocomplete": {"app_name": "wagtailimages", "model_name": "image"},
    "wagtailadmin_collections:": {"pk": shared("collection")},
    "wagtailadmin_workflows:enable": {"pk": shared("workflow")},
    "wagtailadmin_workflows:disable": {"pk": shared("workflow")},
    "wagtailadmin_workflows:edit": {"pk": shared("workflow")},
    "wagtailadmin_workflows:usage": {"pk": shared("workflow")},
    "wagtailadmin_workflows:usage_results": {"pk": shared("workflow")},
    "wagtailadmin_workflows:add_task": {
        "app_label": "wagtailcore",
        "model_name": "groupapprovaltask",
    },
    "wagtailadmin_workflows:edit_task": {"pk": shared("task")},
    "wagtailadmin_workflows:disable_task": {"pk": shared("task")},
    "wagtailadmin_workflows:enable_task": {"pk": shared("task")},
    "wagtailadmin_editing_sessions:ping": {
        "app_label": "registry_offices",
        "model_name": "marriageapplication",
    },
    "wagtail_localize:submit_snippet_translation": FOOTER,
    "wagtail_localize:snippets_api_listing": FOOTER,
    "wagtail_localize:snippets_api_detail": FOOTER,
    "wagtailsettings:": {"app_name": "home", "model_name": "sitesettings", "pk": shared("site")},
    "certificates:": {"pk": side("certificate")},
    "applications:assign": {"pk": side("application")},
    "applications:slips": {"pk": side("assignment")},
    "applications:regenerate": {"pk": side("access")},
    "applications:cancel": {"pk": side("assignment")},
    "accounts:mfa_reset_user": {"pk": Ref("user", "clerk")},
    "class-sessions:": {"pk": side("class_session"), "lesson_id": shared("lesson")},
    "login-lockouts:unlock": {"pk": shared("login_attempt")},
    # The registry API's clients and deliveries (administrators only): the world has none, so an
    # absent id still asks each role's permission check.
    "api-clients:rotate": {"pk": ABSENT},
    "api-clients:revoke": {"pk": ABSENT},
    "webhook-deliveries:replay": {"pk": ABSENT},
}

# A viewset's `pk` by its model, where rows belong to an office or a centre.
BY_MODEL: dict[str, Ref] = {
    "registry_offices.marriageapplication": side("application"),
    "registry_offices.registryoffice": side("office"),
    "resource_centers.consultationrequest": side("request"),
    "resource_centers.monthlyreport": side("monthly_report"),
    "resource_centers.centremembership": side("centre_membership"),
    "auth.user": Ref("user", "clerk"),
}

# Shapes the resolver's patterns cannot be filled for, with a path to ask instead.
EXPLICIT: dict[str, str] = {
    # Wagtail's catch-all: any other address under /admin/ is the admin's 404.
    "admin/.*/$": "/admin/no-such-screen/",
}

# Shapes not asked at all, and why.
SKIPPED: dict[str, str] = {
    "admin/logout/": "ends the session the next requests use (every role may log out)",
    "admin/failwhale/": "Wagtail's deliberate error page: raises for anyone with admin access, "
    "to test error reporting; it shows nothing",
}

# Shapes with a parameter no rule explains, and why they are not asked. Empty: every shape of
# this site is filled. A new one fails the matrix until a rule or a reason is added here.
UNFILLABLE: dict[str, str] = {}


@dataclass(frozen=True)
class Request:
    """One GET of the matrix: a shape filled for one side ("a", "b") or "shared"."""

    shape: Shape
    side: str
    path: str


def _rule(shape: Shape, parameter: str):
    for key in (shape.name, shape.name.rpartition(":")[0] + ":"):
        if key in BY_NAME and parameter in BY_NAME[key]:
            return BY_NAME[key][parameter]
    if parameter == "pk" and shape.model is not None:
        return BY_MODEL.get(shape.model._meta.label_lower) or _any_row(shape.model)
    return BY_PARAMETER.get(parameter)


def _any_row(model) -> object:
    row = model._default_manager.order_by("pk").values_list("pk", flat=True).first()
    return ABSENT if row is None else row


def unfilled_parameters(shape: Shape) -> list[str]:
    if shape.route in EXPLICIT or shape.route in SKIPPED:
        return []
    return [p for p in shape.parameters if _rule(shape, p) is None]


def _value(rule, world: dict, which: str) -> object:
    if not isinstance(rule, Ref):
        return rule
    if rule.scope == "shared":
        return world["shared"][rule.key] or ABSENT
    if rule.scope == "user":
        return world["users"][f"{rule.key}_{which}"]
    return world[which][rule.key]


def fill(shape: Shape, world: dict) -> list[Request]:
    """The GETs of one shape: one per side when a parameter names an office's or centre's row."""
    if shape.route in SKIPPED or unfilled_parameters(shape):
        return []
    if shape.route in EXPLICIT:
        return [Request(shape, "shared", EXPLICIT[shape.route])]
    rules = {p: _rule(shape, p) for p in shape.parameters}
    sided = any(isinstance(r, Ref) and r.scope in ("side", "user") for r in rules.values())
    requests = []
    for which in ("a", "b") if sided else ("shared",):
        values = {p: _value(rule, world, which) for p, rule in rules.items()}
        path = render(shape.route, values)
        if path is not None:
            requests.append(Request(shape, which, path))
    return requests
