"""Template tags other apps use to point people to help: centre lists, "find help", "need help?".

{% load centre_tags %}
{% centres_for_city "almaty" %}          centres of a city in the active language
{% centre_list centres %}                 any list of ResourceCentrePage (e.g. a course's)
{% find_help_by_city %}                   the home page's city picker
{% need_help %}                           a compact link to the guide and the emergency numbers
{% centre_directory_url as url %}         the directory's URL in the active language
"""

from __future__ import annotations

from collections.abc import Iterable

from django import template
from django.utils import timezone
from wagtail.models import Locale

from resource_centers.models import City, ResourceCentreIndexPage, ResourceCentrePage

register = template.Library()


def _directory(context: template.Context) -> ResourceCentreIndexPage | None:
    request = context.get("request")
    cache_attr = "_otbasy_centre_directory"
    if request is not None and hasattr(request, cache_attr):
        return getattr(request, cache_attr)
    index = ResourceCentreIndexPage.objects.live().filter(locale=Locale.get_active()).first()
    if request is not None:
        setattr(request, cache_attr, index)
    return index


@register.simple_tag(takes_context=True)
def centre_directory_url(context: template.Context) -> str:
    index = _directory(context)
    return index.get_url(context.get("request")) if index else ""


def _with_open_now(centres: Iterable[ResourceCentrePage]) -> list[ResourceCentrePage]:
    now = timezone.now()
    listed = list(centres)
    for centre in listed:
        centre.open_now = centre.is_open_at(now)
    return listed


@register.inclusion_tag("resource_centers/includes/centre_list.html", takes_context=True)
def centre_list(
    context: template.Context, centres: Iterable[ResourceCentrePage], heading: str = ""
):
    """A list of centres as cards (pass a queryset with hours prefetched to keep queries flat)."""
    return {
        "request": context.get("request"),
        "centres": _with_open_now(centres),
        "heading": heading,
    }


@register.inclusion_tag("resource_centers/includes/centre_list.html", takes_context=True)
def centres_for_city(context: template.Context, city: str, heading: str = ""):
    """The live centres of a city (a City key such as "almaty") in the active language."""
    from resource_centers.views import centres_queryset

    centres = centres_queryset().filter(city=city, locale=Locale.get_active())
    return {
        "request": context.get("request"),
        "centres": _with_open_now(centres),
        "heading": heading,
    }


@register.inclusion_tag("resource_centers/includes/find_help_by_city.html", takes_context=True)
def find_help_by_city(context: template.Context):
    index = _directory(context)
    cities: list[tuple[str, str]] = []
    if index is not None:
        present = set(
            ResourceCentrePage.objects.live()
            .child_of(index)
            .values_list("city", flat=True)
            .distinct()
        )
        cities = [(c.value, c.label) for c in City if c.value in present]
    request = context.get("request")
    return {
        "request": request,
        "directory_url": index.get_url(request) if index else "",
        "cities": cities,
    }


@register.inclusion_tag("resource_centers/includes/need_help.html", takes_context=True)
def need_help(context: template.Context):
    index = _directory(context)
    url = index.get_url(context.get("request")) if index else ""
    return {"directory_url": url, "guide_url": f"{url}guide/" if url else ""}
