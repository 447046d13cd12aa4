"""Fixtures for the centres: a directory with a few centres in kk and ru, staff of two centres."""

import datetime as dt
from decimal import Decimal

import pytest

from tests import shared_data


def make_centre(directory: dict, slug: str, city: str = "almaty", **fields):
    """A published centre under the kk directory, with a ru translation; Mon–Fri 09–18 by default."""
    from home.demo import translation_of
    from resource_centers.models import OpeningHours, ResourceCentrePage

    hours = fields.pop("hours", [(d, "09:00", "18:00") for d in range(5)])
    exceptions = fields.pop("exceptions", [])
    page = ResourceCentrePage(
        title=fields.pop("title", f"Орталық {slug}"),
        slug=slug,
        city=city,
        kind=fields.pop("kind", "centre"),
        address=fields.pop("address", "Абай даңғ., 1"),
        phone="+7 727 000 00 00",
        services=fields.pop("services", ["psychologist", "mediator"]),
        languages=["kk", "ru"],
        latitude=Decimal("43.238949"),
        longitude=Decimal("76.945465"),
        **fields,
    )
    page.opening_hours = [
        OpeningHours(weekday=d, opens=dt.time.fromisoformat(o), closes=dt.time.fromisoformat(c))
        for d, o, c in hours
    ]
    page.hour_exceptions = exceptions
    directory["kk"].add_child(instance=page)
    page.save_revision().publish()
    translation_of(page, "ru", title=f"Центр {slug}", address="пр. Абая, 1")
    return page


def _centre_site_build(homes: dict) -> dict:
    from resource_centers import demo

    directory = demo.ensure_directory(homes)
    statistics = demo.ensure_statistics(homes)
    centres = {
        "a": make_centre(directory, "almaty-a", "almaty", services=["psychologist", "mediator"]),
        "b": make_centre(directory, "almaty-b", "almaty", services=["lawyer"]),
        "c": make_centre(directory, "astana-c", "astana", services=["mediator", "lawyer"]),
    }
    return {"directory": directory, "statistics": statistics, "centres": centres}


@shared_data.layer("centre_site")
def _centre_site_ids() -> dict[str, dict[str, int]]:
    from tests.fixtures import layer_homes

    built = _centre_site_build(layer_homes())
    return {key: {name: page.pk for name, page in pages.items()} for key, pages in built.items()}


@pytest.fixture
def centre_site(site_pages, _shared_data):
    """Directory and statistics pages in kk/ru/en plus two Almaty centres and one in Astana.

    Database tests share one build (see tests/shared_data.py) and get fresh instances of it;
    transactional tests build it in the test."""
    ids = _shared_data.value("centre_site")
    if ids is None:
        return {**_centre_site_build(site_pages["home"]), **site_pages}
    from wagtail.models import Page

    wanted = [pk for pages in ids.values() for pk in pages.values()]
    by_pk = {page.pk: page for page in Page.objects.filter(pk__in=wanted).specific()}
    built = {key: {name: by_pk[pk] for name, pk in pages.items()} for key, pages in ids.items()}
    return {**built, **site_pages}


@pytest.fixture
def staff(centre_site, django_user_model):
    """Two staff users in the Centre staff group: one of centre a, one of centre b."""
    from django.contrib.auth.models import Group

    from resource_centers.models import CentreMembership

    group = Group.objects.get(name="Centre staff")
    users = {}
    for key in ("a", "b"):
        user = django_user_model.objects.create_user(f"staff_{key}", password="pw-staff-123")
        user.groups.add(group)
        CentreMembership.objects.create(user=user, centre=centre_site["centres"][key])
        users[key] = user
    return users
