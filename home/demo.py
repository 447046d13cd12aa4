"""Demo content for the site as a whole: the home pages in kk/ru/en, About, Privacy, footer, users.

Built in code (not a fixture) so that it follows the models as they change, and written so that a
second run finds what the first one made and changes nothing.
"""

import secrets
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Locale, Page, Site

from . import demo_localize
from .demo_texts import ABOUT_TEXT, FOOTER_TEXT, HOME_TEXT, PRIVACY_TEXT
from .models import FooterText, HomePage, SiteSettings, StandardPage

LANGUAGE_CODES = ("kk", "ru", "en")


@dataclass(frozen=True)
class DemoLogin:
    """A demo account created by this run; its password is shown once, then only its hash is kept."""

    username: str
    password: str
    role: str


def ensure_locales() -> dict[str, Locale]:
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGE_CODES}


def _home_body(text: dict) -> list[tuple[str, object]]:
    return [
        ("heading", {"text": text["why_heading"]}),
        ("paragraph", text["why"]),
        (
            "cards",
            {
                "heading": text["cards_heading"],
                "cards": [
                    {"title": title, "text": body, "page": None, "link_text": ""}
                    for title, body in text["cards"]
                ],
            },
        ),
    ]


def publish(page: Page) -> None:
    """Publish the page's current state as a new revision (as an editor's "Publish" does)."""
    page.save_revision().publish()


def ensure_site() -> HomePage:
    """Make sure the page tree has a Kazakh home page as the default site's root, and return it."""
    locales = ensure_locales()
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locales["kk"]))
    home = HomePage.objects.filter(depth=2, locale=locales["kk"]).first()
    if home is None:
        # Wagtail's first migration leaves a placeholder "Welcome" page; the home page replaces it.
        for placeholder in root.get_children().filter(content_type__model="page"):
            placeholder.delete()
        text = HOME_TEXT["kk"]
        home = root.add_child(
            instance=HomePage(
                title=text["title"],
                slug="home",
                locale=locales["kk"],
                intro=text["intro"],
                body=_home_body(text),
            )
        )
        publish(home)
    Site.objects.exclude(root_page=home).filter(is_default_site=True).update(is_default_site=False)
    site = Site.objects.filter(root_page=home).first()
    if site is None:
        Site.objects.filter(hostname="localhost", port=80).delete()
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Otbasy Academy",
        )
    elif not site.is_default_site:
        site.is_default_site = True
        site.save(update_fields=["is_default_site"])
    return home


def translation_of(source: Page, language_code: str, **fields: object) -> Page:
    """The live translation of `source` in a language, created from `fields` if it does not exist
    (through wagtail-localize: `fields`' text becomes the string translations of the source)."""
    locale = Locale.objects.get(language_code=language_code)
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    return demo_localize.translate(source, locale, fields)


def ensure_home_translations(home: HomePage) -> dict[str, HomePage]:
    homes = {"kk": home}
    for code in ("ru", "en"):
        text = HOME_TEXT[code]
        homes[code] = translation_of(
            home, code, title=text["title"], intro=text["intro"], body=_home_body(text)
        )
    return homes


def ensure_section_page(
    homes: dict[str, HomePage], model: type[Page], slug: str, texts: dict[str, tuple[str, str]]
) -> dict[str, Page]:
    """A top-level page (title and intro) under each language's home, in the menu: made in kk,
    translated to ru and en from `texts` ({language: (title, intro)})."""
    source = model.objects.child_of(homes["kk"]).filter(slug=slug).first()
    if source is None:
        title, intro = texts["kk"]
        source = homes["kk"].add_child(
            instance=model(title=title, slug=slug, intro=intro, show_in_menus=True)
        )
        publish(source)
    pages = {"kk": source}
    for code in ("ru", "en"):
        title, intro = texts[code]
        pages[code] = translation_of(source, code, title=title, intro=intro)
    return pages


def standard_page(homes: dict[str, HomePage], slug: str, texts: dict) -> dict[str, StandardPage]:
    """A StandardPage under each language's home, created in kk and translated to ru and en."""
    source = StandardPage.objects.child_of(homes["kk"]).filter(slug=slug).first()
    if source is None:
        title, intro, body = texts["kk"]
        source = homes["kk"].add_child(
            instance=StandardPage(
                title=title,
                slug=slug,
                intro=intro,
                body=[("paragraph", body)],
                show_in_menus=slug == "about",
            )
        )
        publish(source)
    pages = {"kk": source}
    for code in ("ru", "en"):
        title, intro, body = texts[code]
        pages[code] = translation_of(
            source, code, title=title, intro=intro, body=[("paragraph", body)]
        )
    return pages


def ensure_footer() -> None:
    locales = ensure_locales()
    source = FooterText.objects.filter(locale=locales["kk"]).first()
    if source is None:
        source = FooterText.objects.create(locale=locales["kk"], body=FOOTER_TEXT["kk"])
    for code in ("ru", "en"):
        if source.get_translation_or_none(locales[code]) is None:
            demo_localize.translate(source, locales[code], {"body": FOOTER_TEXT[code]})


def ensure_site_settings(site: Site) -> None:
    settings_obj = SiteSettings.for_site(site)
    if not settings_obj.contact_email:
        settings_obj.contact_email = "info@otbasy.kz"
        settings_obj.contact_phone = "+7 7172 00 00 00"
        settings_obj.crisis_line = "111"
        settings_obj.save()


def ensure_user(
    username: str,
    role: str,
    groups: list[str] = (),
    *,
    superuser: bool = False,
    email: str = "",
) -> tuple[object, DemoLogin | None]:
    """A demo user; on first creation it gets a random password, returned once for printing."""
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    login = None
    if user is None:
        password = secrets.token_urlsafe(9)
        user = User.objects.create_user(
            username=username,
            email=email or f"{username}@demo.otbasy.kz",
            password=password,
            is_staff=superuser,
            is_superuser=superuser,
        )
        login = DemoLogin(username=username, password=password, role=role)
    for name in groups:
        user.groups.add(Group.objects.get_or_create(name=name)[0])
    return user, login


@transaction.atomic
def load() -> list[DemoLogin]:
    home = ensure_site()
    homes = ensure_home_translations(home)
    standard_page(homes, "about", ABOUT_TEXT)
    standard_page(homes, "privacy", PRIVACY_TEXT)
    ensure_footer()
    ensure_site_settings(Site.objects.get(root_page=home))
    logins = []
    for username, role, groups, superuser in [
        ("admin", "administrator", [], True),
        ("editor", "editor (changes wait for review)", ["Editors"], False),
        ("moderator", "moderator (approves and publishes)", ["Moderators"], False),
    ]:
        _, login = ensure_user(username, role, groups, superuser=superuser)
        if login:
            logins.append(login)
    return logins
