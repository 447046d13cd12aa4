"""The admin's access matrix: every admin URL shape × every role × own and other office/centre.

The shapes come from Django's URL resolver (tests/security/shapes.py), so a screen added
tomorrow is asked tomorrow; their parameters are filled with ids of the first ("a") and the
second ("b") office's and centre's rows (tests/security/fills.py). Each role GETs every path:

- a screen outside the role's areas must be refused: 403, 404, 405, or a redirect to the login
  or to the admin home (Wagtail's answer to a missing permission), never a 200;
- staff of office or centre "a" must be refused every path naming a row of "b";
- a 200 must not contain what belongs to someone else: the other office's application numbers,
  partners' surnames and clerks' usernames, another centre's requesters and staff (and, for a
  centre's staff, the other centre's name);
- nothing answers 500.

What each role may reach is written below as areas (route prefixes after ``admin/``); a route in
no area is for administrators only, so a new app's screens are denied to everyone else until an
area names them.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import Resolver404, resolve
from wagtail.admin.menu import admin_menu, reports_menu, settings_menu
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from tests.security import world
from tests.security.fills import EXPLICIT, SKIPPED, UNFILLABLE, Request, fill, unfilled_parameters
from tests.security.shapes import Shape, admin_shapes, render

PUBLIC = "public"
STAFF = "staff"
SHARED = "shared"
CONTENT = "content"
REGISTRY = "registry"
REGISTRY_REPORTS = "registry reports"
EVALUATION = "evaluation"
CENTRES = "centres"
NOTICES = "notices"
TEACHING = "teaching"
ADMINISTRATION = "administration"

# Route prefixes after "admin/" (the longest match wins; "" is the admin home only).
AREAS: dict[str, dict[str, str]] = {
    PUBLIC: {
        "login/": "the login form",
        "password_reset/": "asking for and setting a new password",
        "sprite/": "the admin's icons",
        "jsi18n/": "the admin's JavaScript translations",
    },
    STAFF: {
        "": "the dashboard: each panel shows the user's own offices, centres or pages",
        "account/": "the user's own profile",
        "dismissibles/": "the user's own dismissed hints",
        "test404/": "Wagtail's 404 template",
        ".*/$": "the admin's 404 for addresses it does not know",
        "localize/jsi18n/": "wagtail-localize's JavaScript translations",
        "editing-sessions/": "who else edits the object open in a form (POST only)",
        "reports/site-history/": "scoped: acts on the user's own offices' or centres' rows and "
        "their own acts (home/admin_scope.py)",
        "security/two-step/": "the user's own second factor: set up, verify, recovery codes",
        "security/confirm/": "the user's own re-authentication before a sensitive act",
    },
    # Longer prefixes inside a staff area that stay for administrators only.
    ADMINISTRATION: {
        "security/two-step/reset/<int:pk>/": "resetting another user's second factor",
    },
    # Helpers that Wagtail serves to anyone with admin access (no permission check and no hook
    # to add one): each lists only what the user may choose, or nothing of an office or centre.
    SHARED: {
        "choose-page/": "the page chooser: pages the user edits, or their centres "
        "(construct_page_chooser_queryset)",
        "choose-external-link/": "a link form of the rich-text editor, no data",
        "choose-email-link/": "a link form of the rich-text editor, no data",
        "choose-phone-link/": "a link form of the rich-text editor, no data",
        "choose-anchor-link/": "a link form of the rich-text editor, no data",
        "api/main/": "the admin API: explorable pages, choosable images and documents only",
        "images/chooser/": "choosable images only (office and centre roles have none)",
        "documents/chooser/": "choosable documents only (office and centre roles have none)",
        "embeds/chooser/": "a form for an embed's URL, no data",
        "tag-autocomplete/": "tag names of images and documents",
        "workflows/task_chooser/": "names of moderation tasks; creating one needs a permission",
        "snippets/choose/": "footer texts, which every public page shows",
        "localize/api/snippets/": "the same footer texts, for wagtail-localize's editor",
        "pages/create/": 'Wagtail\'s "choose a parent" form: only pages the user may add to',
        "pages/workflow/confirm_cancellation/": "the names of a page's workflow and task",
    },
    CONTENT: {
        prefix: "pages, media and their reports, for editors and moderators"
        for prefix in (
            "pages/",
            "bulk/",
            "block-preview/",
            "reports/",
            "localize/",
            "images/",
            "documents/",
            "forms/",
            "courses/",
        )
    }
    | {
        "reports/self-paced-learning/": "self-paced learning: anonymous counts per course and month"
    },
    REGISTRY: {
        "applications/": "the office's marriage applications, courses and slips",
        "certificates/": "the office's certificates",
    },
    REGISTRY_REPORTS: {
        "applications/reports/": "course reports: figures only",
        "applications/report/": "course reports: figures only",
    },
    EVALUATION: {
        "evaluation/": "the ministry dashboard: figures only, every office, small counts suppressed",
        "course-feedback/": "the survey's comments (cleaned of personal data), read only",
    },
    CENTRES: {
        "consultation_requests/": "the centre's consultation requests",
        "monthly_reports/": "the centre's monthly figures",
    },
    NOTICES: {
        "notices/": "the log of notices sent: the office's couples' or the centre's staff's "
        "(notices/scoping.py), without bodies or addresses",
    },
    TEACHING: {
        "class-sessions/": "the teacher's own class sessions: presenter, counts, reveal, close",
    },
}


@dataclass(frozen=True)
class Role:
    """A kind of user: the world's user key, its areas, its side (None: no office or centre)."""

    user: str | None
    areas: frozenset[str]
    side: str | None = None

    def may_reach(self, area: str) -> bool:
        return "*" in self.areas or area in self.areas


def _areas(*names: str) -> frozenset[str]:
    return frozenset({PUBLIC, *names})


ROLES: dict[str, Role] = {
    "anonymous": Role(None, _areas()),
    "no role": Role("nobody", _areas()),
    "administrator": Role("admin", frozenset({"*"})),
    "editor": Role("editor", _areas(STAFF, SHARED, CONTENT)),
    "moderator": Role("moderator", _areas(STAFF, SHARED, CONTENT)),
    "Ministry analyst": Role("analyst", _areas(STAFF, SHARED, REGISTRY_REPORTS, EVALUATION)),
    "clerk": Role("clerk_a", _areas(STAFF, SHARED, REGISTRY, REGISTRY_REPORTS, NOTICES), side="a"),
    "office head": Role(
        "head_a", _areas(STAFF, SHARED, REGISTRY, REGISTRY_REPORTS, NOTICES), side="a"
    ),
    "centre staff": Role("centre_a", _areas(STAFF, SHARED, CENTRES, NOTICES), side="a"),
    "teacher": Role("teacher_a", _areas(STAFF, SHARED, TEACHING), side="a"),
}


def forbidden_markers(role: Role) -> list[str]:
    """What a 200 answer to this role must never contain."""
    if role.user == "admin":
        return []
    office = {"a": world.office_markers("a"), "b": world.office_markers("b")}
    centre = {"a": world.centre_markers("a"), "b": world.centre_markers("b")}
    teachers = [*world.teacher_markers("a"), *world.teacher_markers("b")]
    if role.user in ("clerk_a", "head_a"):
        return [*office["b"], *centre["a"], *centre["b"], *teachers]
    if role.user == "centre_a":
        return [*office["a"], *office["b"], *centre["b"], world.SIDES["b"]["centre"][1], *teachers]
    if role.user == "teacher_a":
        return [*office["a"], *office["b"], *centre["a"], *centre["b"], *world.teacher_markers("b")]
    return [*office["a"], *office["b"], *centre["a"], *centre["b"], *teachers]


def area_of(route: str) -> str:
    """The area of an admin route: its longest matching prefix, else administration."""
    rest = route.removeprefix("admin/")
    best, found = -1, ADMINISTRATION
    for area, prefixes in AREAS.items():
        for prefix in prefixes:
            matches = rest == prefix if prefix == "" else rest.startswith(prefix)
            if matches and len(prefix) > best:
                best, found = len(prefix), area
    return found


def matrix_requests(world_ids: dict) -> list[Request]:
    """Every GET of the matrix; report views are asked for their CSV export too."""
    requests = []
    for shape in admin_shapes():
        for request in fill(shape, world_ids):
            requests.append(request)
            view_class = shape.view_class
            if isinstance(view_class, type) and issubclass(view_class, SpreadsheetExportMixin):
                requests.append(Request(shape, request.side, request.path + "?export=csv"))
    return requests


def login(role: Role, world_ids: dict) -> Client:
    client = Client()
    if role.user is not None:
        user = get_user_model().objects.get(pk=world_ids["users"][role.user])
        client.force_login(user)
    return client


def readable(response) -> str:
    """The answer as a person would read it: JSON and HTML escapes undone."""
    if getattr(response, "streaming", False):
        body = b"".join(response.streaming_content)
    else:
        body = response.content
    text = body.decode("utf-8", errors="replace")
    if "json" in response.get("Content-Type", ""):
        try:
            text = json.dumps(json.loads(text), ensure_ascii=False)
        except ValueError:
            pass
    return html.unescape(text)


def _refusing_location(location: str) -> bool:
    """Where Wagtail sends a user it refuses: the login form or the admin home."""
    path = location.split("?")[0]
    return path.startswith("/admin/login/") or path == "/admin/"


def ask(client: Client, path: str) -> tuple[str, object]:
    """GET `path`, following redirects within the admin; the outcome and the last response.

    Outcomes: "shown" (a 200), "refused" (403/404/405/400 or sent to the login or the admin
    home), "left" (sent out of the admin), "error" (5xx)."""
    response = client.get(path)
    for _hop in range(4):
        if response.status_code not in (301, 302, 303, 307):
            break
        location = response["Location"]
        if _refusing_location(location):
            return "refused", response
        if not location.startswith("/admin/"):
            return "left", response
        response = client.get(location)
    status = response.status_code
    if status >= 500:
        return "error", response
    if status == 200:
        return "shown", response
    return "refused", response


def problems_of(role: Role, world_ids: dict) -> list[str]:
    client = login(role, world_ids)
    markers = forbidden_markers(role)
    problems = []
    for request in matrix_requests(world_ids):
        area = area_of(request.shape.route)
        outcome, response = ask(client, request.path)
        where = f"{request.path} ({area}, side {request.side})"
        if outcome == "error":
            problems.append(f"{where}: {response.status_code}")
            continue
        if outcome != "shown":
            continue
        if not role.may_reach(area):
            problems.append(f"{where}: shown, but outside the role's areas")
        elif role.side is not None and request.side not in (role.side, "shared"):
            problems.append(f"{where}: shown, but it names another office's or centre's row")
        text = readable(response)
        leaked = [marker for marker in markers if marker in text]
        if leaked:
            problems.append(f"{where}: shows {leaked}")
    return problems


def test_every_admin_url_shape_is_asked(admin_world):
    """A new admin screen is covered the day it is added: its shape is filled, or listed as
    unfillable with a reason; and no listed exception outlives its screen."""
    shapes = admin_shapes()
    assert len(shapes) > 250, "the resolver walk found too few admin URLs"
    unexplained = {}
    for shape in shapes:
        if shape.route in UNFILLABLE:
            continue
        missing = unfilled_parameters(shape)
        if missing:
            unexplained[shape.route] = f"no rule for {missing}"
        elif shape.route not in EXPLICIT and shape.route not in SKIPPED:
            values = {p: 1 for p in shape.parameters}
            if render(shape.route, values) is None:
                unexplained[shape.route] = "a regex part that no rule fills"
    assert not unexplained, f"admin URL shapes the matrix cannot ask: {unexplained}"
    routes = {shape.route for shape in shapes}
    stale = [route for route in [*EXPLICIT, *SKIPPED, *UNFILLABLE] if route not in routes]
    assert not stale, f"exceptions for URL shapes that no longer exist: {stale}"


def test_the_matrix_asks_each_side(admin_world):
    """Rows of offices and centres are asked once with the own and once with the other side."""
    requests = matrix_requests(admin_world)
    paths = {request.path for request in requests}
    for side in ("a", "b"):
        ids = admin_world[side]
        assert f"/admin/applications/edit/{ids['application']}/" in paths
        assert f"/admin/certificates/{ids['certificate']}/pdf/" in paths
        assert f"/admin/monthly_reports/edit/{ids['monthly_report']}/" in paths
        assert f"/admin/consultation_requests/inspect/{ids['request']}/" in paths
        assert f"/admin/applications/report/{ids['office']}/export/" in paths
    assert "/admin/reports/site-history/?export=csv" in paths
    assert len(requests) > 300


@pytest.mark.parametrize("name", ROLES)
def test_access_matrix(admin_world, name):
    """Zero leaks of status or content for one role over every admin URL."""
    problems = problems_of(ROLES[name], admin_world)
    assert not problems, f"{name}: {len(problems)} leaks\n" + "\n".join(problems)


@pytest.mark.parametrize(
    "name, path, outcome",
    [
        ("clerk", "/admin/applications/edit/{a[application]}/", "shown"),
        ("clerk", "/admin/applications/edit/{b[application]}/", "refused"),
        ("clerk", "/admin/reports/site-history/", "shown"),
        ("clerk", "/admin/localize/reports/translations/", "refused"),
        ("clerk", "/admin/images/chooser/", "shown"),
        ("centre staff", "/admin/monthly_reports/edit/{a[monthly_report]}/", "shown"),
        ("centre staff", "/admin/monthly_reports/edit/{b[monthly_report]}/", "refused"),
        ("teacher", "/admin/class-sessions/{a[class_session]}/", "shown"),
        ("teacher", "/admin/class-sessions/{b[class_session]}/", "refused"),
        ("teacher", "/admin/applications/", "refused"),
        ("teacher", "/admin/consultation_requests/", "refused"),
        ("clerk", "/admin/class-sessions/{a[class_session]}/counts/", "refused"),
        ("centre staff", "/admin/class-sessions/", "refused"),
        ("Ministry analyst", "/admin/applications/report/{b[office]}/", "shown"),
        ("Ministry analyst", "/admin/applications/", "refused"),
        ("editor", "/admin/pages/{shared[page]}/edit/", "shown"),
        ("editor", "/admin/localize/reports/translations/", "shown"),
        ("editor", "/admin/users/", "refused"),
        ("editor", "/admin/reports/self-paced-learning/", "shown"),
        ("moderator", "/admin/reports/self-paced-learning/", "shown"),
        ("clerk", "/admin/reports/self-paced-learning/", "refused"),
        ("centre staff", "/admin/reports/self-paced-learning/", "refused"),
        ("administrator", "/admin/users/", "shown"),
        ("anonymous", "/admin/", "refused"),
    ],
)
def test_the_matrix_tells_shown_from_refused(admin_world, name, path, outcome):
    """The matrix's notion of "shown" and "refused" on screens whose answer is known."""
    filled = path.format(**admin_world)
    assert ask(login(ROLES[name], admin_world), filled)[0] == outcome


def _menu_urls(request) -> list[str]:
    urls = []
    for menu in (admin_menu, settings_menu, reports_menu):
        pending = list(menu.menu_items_for_request(request))
        while pending:
            item = pending.pop()
            submenu = getattr(item, "menu", None)
            if submenu is not None:
                pending.extend(submenu.menu_items_for_request(request))
            elif getattr(item, "url", None):
                urls.append(str(item.url))
    return urls


@pytest.mark.parametrize("name", [name for name, role in ROLES.items() if role.user])
def test_menus_offer_only_the_roles_screens(admin_world, rf, name):
    """Not shown means not in the menu either: every menu entry is in the role's areas."""
    role = ROLES[name]
    request = rf.get("/admin/")
    request.user = get_user_model().objects.get(pk=admin_world["users"][role.user])
    outside = []
    for url in _menu_urls(request):
        if not url.startswith("/admin/"):
            continue  # Wagtail's help links
        try:
            route = resolve(url.split("?")[0]).route
        except Resolver404:
            outside.append(f"{url}: no such address")
            continue
        if not role.may_reach(area_of(route)):
            outside.append(f"{url} ({area_of(route)})")
    assert not outside, f"{name}'s menu offers screens outside the role: {outside}"


def test_staff_menus_show_their_own_history(admin_world, rf):
    """Clerks and centre staff find the site history of their own rows in the Reports menu;
    nobody but page editors is offered wagtail-localize's Translations report."""
    for key, site_history, translations in (
        ("clerk_a", True, False),
        ("centre_a", True, False),
        ("analyst", False, False),
        ("editor", True, True),
    ):
        request = rf.get("/admin/")
        request.user = get_user_model().objects.get(pk=admin_world["users"][key])
        urls = _menu_urls(request)
        assert ("/admin/reports/site-history/" in urls) is site_history, key
        assert ("/admin/localize/reports/translations/" in urls) is translations, key


def test_a_new_shape_without_a_rule_is_unfillable():
    """The rule the first test relies on: a parameter no rule explains leaves a shape unfilled
    (so a new function view with, say, `<int:record_id>` fails the matrix until it is filled)."""
    new = Shape("admin/audit/<int:record_id>/", "audit:detail", ("record_id",), view=None)
    assert unfilled_parameters(new) == ["record_id"]
    assert fill(new, {}) == []
