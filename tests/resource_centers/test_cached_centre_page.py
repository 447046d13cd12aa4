"""The centre pages under the whole-page cache: the form is never cached, "open now" stays right."""

import datetime

import pytest
from django.utils import timezone

pytestmark = pytest.mark.django_db


def _state(response) -> str | None:
    return response.headers.get("X-Page-Cache")


def test_a_page_with_a_csrf_token_or_a_cookie_is_never_stored(client, centre_site):
    form = "/ru/centres/almaty-a/request/"
    client.get(form)
    response = client.get(form)
    assert _state(response) is None and "csrfmiddlewaretoken" in response.content.decode()
    # A visitor with a message waiting (or any cookie but CSRF and language) gets their own page.
    client.get("/ru/")
    client.cookies["messages"] = "something"
    assert _state(client.get("/ru/")) is None


def test_a_cached_centre_page_lives_no_longer_than_the_minute(client, centre_site):
    client.get("/ru/centres/almaty-a/")
    response = client.get("/ru/centres/almaty-a/")
    assert _state(response) == "hit"
    shared = int(response["Cache-Control"].rsplit("s-maxage=", 1)[1])
    assert 0 < shared <= 60


def test_a_new_special_day_shows_on_the_cached_centre_page(client, centre_site):
    from resource_centers.models import OpeningException

    client.get("/kk/centres/almaty-a/")
    assert _state(client.get("/kk/centres/almaty-a/")) == "hit"
    centre = centre_site["centres"]["a"]  # the kk page
    OpeningException.objects.create(
        page=centre,
        date=timezone.localdate() + datetime.timedelta(days=3),
        closed=True,
        note="Наурыз-тест",
    )
    assert "Наурыз-тест" in client.get("/kk/centres/almaty-a/").content.decode()
