"""Template tags for the site chrome: language switcher, navigation and footer."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page, Site

from home.models import FooterText, SiteSettings
from home.pagecache import shared_fragment
from home.routing import public_pages
from home.translation import active_locale

register = template.Library()


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    current: bool


def _home_for_locale(request: HttpRequest, locale_code: str) -> Page | None:
    site = Site.find_for_request(request)
    if site is None:
        return None
    cache_attr = "_otbasy_homes"
    homes = getattr(request, cache_attr, None)
    if homes is None:

        def build() -> dict[str, Page]:
            return {
                p.locale.language_code: p
                for p in Page.objects.filter(translation_key=site.root_page.translation_key)
                .live()
                .select_related("locale")
            }

        homes = shared_fragment(f"homes:{site.pk}", build)
        setattr(request, cache_attr, homes)
    return homes.get(locale_code)


@register.simple_tag(takes_context=True)
def language_links(context: template.Context) -> list[LanguageLink]:
    """Links to the current page in every language: its translation, or that language's home."""
    request = context.get("request")
    if request is None:
        return []
    current = translation.get_language()
    page = context.get("page")
    translations: dict[str, str] = {}
    site = Site.find_for_request(request)
    if isinstance(page, Page) and page.pk and site is not None:

        def build() -> dict[str, str]:
            urls = {}
            for other in page.get_translations(inclusive=True).live().select_related("locale"):
                url = other.get_url(request)
                if url:
                    urls[other.locale.language_code] = url
            return urls

        translations = shared_fragment(f"translations:{site.pk}:{page.pk}", build)
    links = []
    for code, name in settings.LANGUAGES:
        url = translations.get(code)
        if url is None and not isinstance(page, Page):
            url = translate_url(request.get_full_path(), code)
            if url == request.get_full_path() and code != current:
                url = None
        if url is None:
            home = _home_for_locale(request, code)
            url = home.get_url(request) if home else f"/{code}/"
        links.append(LanguageLink(code=code, name=name, url=url, current=code == current))
    return links


@register.simple_tag(takes_context=True)
def home_page(context: template.Context) -> Page | None:
    """The home page of the active language (for the logo link and the menu)."""
    request = context.get("request")
    if request is None:
        return None
    return _home_for_locale(request, translation.get_language())


@register.simple_tag(takes_context=True)
def menu_pages(context: template.Context) -> list[Page]:
    """The active language's top-level pages marked "show in menus"."""
    home = home_page(context)
    if home is None:
        return []
    request = context["request"]
    cached = getattr(request, "_otbasy_menu", None)
    if cached is None:
        cached = shared_fragment(
            f"menu:{home.pk}", lambda: list(public_pages(home.get_children().live().in_menu()))
        )
        request._otbasy_menu = cached
    return cached


@register.simple_tag
def footer_text() -> FooterText | None:
    """The footer text of the active language, falling back to the default language."""
    language = translation.get_language()

    def build() -> list[FooterText]:
        texts = {
            text.locale.language_code: text
            for text in FooterText.objects.select_related("locale").filter(
                locale__language_code__in=[language, settings.LANGUAGE_CODE]
            )
        }
        found = texts.get(language) or texts.get(settings.LANGUAGE_CODE)
        return [found] if found else []  # a list: None would not be cached

    found = shared_fragment(f"footer:{language}", build)
    return found[0] if found else None


@register.simple_tag(takes_context=True)
def site_settings(context: template.Context) -> SiteSettings | None:
    """The site's settings (footer phones and contacts), from the shared cache."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return None
    return shared_fragment(f"site-settings:{site.pk}", lambda: SiteSettings.for_site(site))


@register.simple_tag(name="active_locale")
def active_locale_tag() -> Locale:
    return active_locale()
