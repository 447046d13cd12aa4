"""The admin speaks the user's language: no English Wagtail text on the screens staff use, kk and ru.

Each text node of each screen is compared with the installed Wagtail's English messages; a node
that is one of them (and not a word Kazakh keeps as it is, like "Wagtail" or "URL") fails the test.
"""

import importlib.util
import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

from tests import factories
from tests.journeys.admin import PASSWORD, admin_login

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location(
    "wagtail_messages", ROOT / "scripts/wagtail_messages.py"
)
wagtail_messages = importlib.util.module_from_spec(spec)
spec.loader.exec_module(wagtail_messages)

TEXT_NODES = """() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) => {
            const parent = node.parentElement;
            if (!parent || parent.closest("script, style, noscript, template, code, pre")) {
                return NodeFilter.FILTER_REJECT;
            }
            if (parent.closest("[hidden], [aria-hidden=true]")) return NodeFilter.FILTER_REJECT;
            return node.textContent.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
        },
    });
    const texts = [];
    while (walker.nextNode()) texts.push(walker.currentNode.textContent.trim());
    return texts;
}"""


def english_messages() -> set[str]:
    """Wagtail's English texts that a translated screen must not show (placeholders aside)."""
    kept = set()
    for domain in wagtail_messages.DOMAINS:
        for entry in polib.pofile(str(wagtail_messages.CATALOGUE / f"{domain}.po")):
            if entry.msgstr == entry.msgid:  # the same in Kazakh: Wagtail, URL, ID …
                kept.add(entry.msgid)
    texts = set()
    for domain in wagtail_messages.DOMAINS:
        for entry in wagtail_messages.source_entries(domain):
            for text in (entry.msgid, entry.msgid_plural):
                if text and "%" not in text and "{" not in text and re.search("[a-z]{3}", text):
                    texts.add(text.strip())
    # The site's languages are listed by their own names (Қазақша, Русский, English) on purpose.
    own_names = {name for _code, name in settings.LANGUAGES}
    return texts - kept - own_names


def translated_messages(language: str) -> set[str]:
    """Wagtail's messages as the admin shows them in `language` (kk: the project's catalogue)."""
    texts = set()
    for domain in wagtail_messages.DOMAINS:
        if language == "kk":
            paths = [wagtail_messages.CATALOGUE / f"{domain}.po"]
        else:
            paths = [
                wagtail_messages.site_packages()
                / app
                / "locale"
                / language
                / "LC_MESSAGES"
                / f"{domain}.po"
                for app in wagtail_messages.APPS
            ]
        for path in paths:
            if path.exists():
                texts.update(e.msgstr.strip() for e in polib.pofile(str(path)) if e.msgstr)
    return texts


@pytest.fixture
def staff(transactional_db, django_user_model):
    """The site, a course, a centre with its staff, an office with clerk and head, an editor, a
    moderator and an administrator: every role that works in the admin."""
    from django.contrib.auth.models import Group

    from home import demo
    from resource_centers import demo as centres_demo
    from resource_centers.models import CentreMembership
    from resource_centers.roles import ensure_centre_staff_group
    from tests.resource_centers.conftest import make_centre

    homes = demo.ensure_home_translations(demo.ensure_site())
    course = factories.editors_course(homes["kk"])
    centre = make_centre(centres_demo.ensure_directory(homes), "almaty-a")
    office = factories.make_office(django_user_model, "astana-1", "astana")
    factories.make_application(office.office, "AST-1")
    users = {
        "admin-language": django_user_model.objects.create_superuser(
            "admin-language", password=PASSWORD
        ),
        office.clerk.username: office.clerk,
        office.head.username: office.head,
    }
    for username, group in (
        ("editor-language", "Editors"),
        ("moderator-language", "Moderators"),
        ("centre-language", None),
    ):
        user = django_user_model.objects.create_user(username, password=PASSWORD)
        user.groups.add(Group.objects.get(name=group) if group else ensure_centre_staff_group())
        users[username] = user
    CentreMembership.objects.create(user=users["centre-language"], centre=centre)
    return {"homes": homes, "course": course, "office": office, "users": users}


def _screens(staff) -> dict[str, list[str]]:
    home, course = staff["homes"]["kk"].pk, staff["course"].pk
    office = staff["office"].office
    application = office.applications.get().pk
    clerk, head = staff["office"].clerk.username, staff["office"].head.username
    return {
        "admin-language": [
            "/admin/",
            "/admin/pages/",
            f"/admin/pages/{home}/",
            f"/admin/pages/{course}/edit/",
            f"/admin/pages/{course}/history/",
            f"/admin/pages/{staff['homes']['ru'].pk}/edit/",  # a translation: wagtail-localize
            f"/admin/pages/add/home/standardpage/{home}/",
            "/admin/images/",
            "/admin/documents/",
            "/admin/snippets/",
            "/admin/users/",
            "/admin/groups/",
            "/admin/sites/",
            "/admin/locales/",
            "/admin/workflows/list/",
            "/admin/workflows/tasks/index/",
            "/admin/reports/site-history/",
            "/admin/reports/locked/",
            "/admin/redirects/",
            "/admin/settings/home/sitesettings/",
            "/admin/no-such-screen/",
        ],
        clerk: [
            "/admin/",
            "/admin/applications/",
            "/admin/applications/new/",
            f"/admin/applications/edit/{application}/",
            f"/admin/applications/history/{application}/",
            "/admin/users/",  # refused: the permission message, in the clerk's language
        ],
        head: ["/admin/", f"/admin/applications/report/{office.pk}/"],
        "editor-language": [
            "/admin/",
            f"/admin/pages/{home}/",
            f"/admin/pages/{course}/edit/",
            "/admin/images/",
            "/admin/documents/",
        ],
        "moderator-language": ["/admin/", f"/admin/pages/{course}/edit/"],
        "centre-language": ["/admin/", "/admin/consultation_requests/", "/admin/monthly_reports/"],
    }


def _password(username: str) -> str:
    return f"pw-{username}" if username.startswith(("clerk-", "head-")) else PASSWORD


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_no_english_wagtail_text_on_the_staff_screens(staff, live_server, browser, language):
    english = english_messages()
    translated = translated_messages(language)
    for user in staff["users"].values():
        factories.set_admin_language(user, language)
    found: dict[str, list[str]] = {}
    for username, paths in _screens(staff).items():
        context, page = admin_login(browser, live_server.url, username, _password(username))
        for path in paths:
            page.goto(live_server.url + path)
            page.wait_for_load_state("networkidle")
            texts = set(page.evaluate(TEXT_NODES))
            left = sorted(text for text in texts if text in english)
            if left:
                found[f"{username} {path}"] = left
            # And the screen does speak the language: Wagtail's own words, translated.
            assert texts & translated, f"{path}: no translated Wagtail text in {language}"
        context.close()
    assert not found, f"English Wagtail text in the {language} admin: {found}"
