"""What other apps use: centre lists by city, the home page's "find help", the "need help?" link."""

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation

pytestmark = pytest.mark.django_db


def render(source: str, **context) -> str:
    request = RequestFactory().get("/ru/")
    with translation.override("ru"):
        return Template("{% load centre_tags %}" + source).render(
            Context({"request": request, **context})
        )


def test_centres_for_city_lists_the_citys_centres_in_the_language(centre_site):
    html = render('{% centres_for_city "almaty" "Где получить помощь" %}')
    assert "<h2>Где получить помощь</h2>" in html
    assert "/ru/centres/almaty-a/" in html and "/ru/centres/almaty-b/" in html
    assert "astana-c" not in html
    assert render('{% centres_for_city "taraz" %}').strip() == ""


def test_centre_list_renders_given_centres(centre_site):
    from resource_centers.models import ResourceCentrePage

    centres = ResourceCentrePage.objects.filter(locale__language_code="ru", city="astana")
    html = render("{% centre_list centres %}", centres=centres)
    assert "/ru/centres/astana-c/" in html
    assert 'href="geo:' in html


def test_need_help_links_to_the_guide_and_numbers(centre_site):
    html = render("{% need_help %}")
    assert 'href="/ru/centres/guide/"' in html
    assert 'href="tel:112"' in html and 'href="tel:111"' in html


def test_home_page_offers_find_help_by_city(client, centre_site):
    html = client.get("/ru/").content.decode()
    assert "Найдите помощь в своём городе" in html
    assert 'action="/ru/centres/"' in html
    assert '<option value="almaty">Алматы</option>' in html
    response = client.get("/ru/centres/", {"city": "almaty"})
    assert "/ru/centres/astana-c/" not in response.content.decode()


def test_directory_url_tag(centre_site):
    assert render("{% centre_directory_url as url %}{{ url }}") == "/ru/centres/"


def test_find_help_adds_no_queries_and_follows_new_centres(
    client, centre_site, django_assert_max_num_queries
):
    from .conftest import make_centre

    client.get("/ru/")  # warm caches as a running server would
    with django_assert_max_num_queries(12):
        html = client.get("/ru/").content.decode()
    assert 'value="taraz"' not in html
    make_centre(centre_site["directory"], "taraz-new", "taraz")  # publishing clears the summary
    assert '<option value="taraz">Тараз</option>' in client.get("/ru/").content.decode()
