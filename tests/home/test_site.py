"""The public site's chrome: languages, search, errors, health and API."""

from unittest import mock

import pytest
from django.db import OperationalError
from django.test import RequestFactory, override_settings

pytestmark = pytest.mark.django_db


def test_root_redirects_to_kazakh(client, site_pages):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/kk/"


def test_root_remembers_a_chosen_language(client, site_pages):
    client.cookies["otbasy_language"] = "ru"
    assert client.get("/")["Location"] == "/ru/"
    client.cookies["otbasy_language"] = "xx"
    assert client.get("/")["Location"] == "/kk/"


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("kk", "Отбасы өмірін бірге үйренейік"),
        ("ru", "Учимся семейной жизни вместе"),
        ("en", "Learning family life together"),
    ],
)
def test_home_page_in_each_language(client, site_pages, language, title):
    response = client.get(f"/{language}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert f"<h1>{title}</h1>" in html
    assert 'href="#main"' in html


def test_language_switcher_links_to_the_same_page_translation(client, site_pages):
    html = client.get("/en/about/").content.decode()
    assert 'href="/kk/about/" lang="kk"' in html
    assert 'href="/ru/about/" lang="ru"' in html
    assert 'href="/en/about/" lang="en" hreflang="en" aria-current="true"' in html


def test_language_switcher_on_search_keeps_the_query(client, site_pages):
    html = client.get("/en/search/?q=privacy").content.decode()
    assert 'href="/ru/search/?q=privacy"' in html


def test_footer_follows_the_language(client, site_pages):
    assert "учимся семейной жизни вместе" in client.get("/ru/").content.decode()
    assert "learning family life together" in client.get("/en/").content.decode()


def test_search_finds_a_page_in_the_active_language(client, site_pages):
    html = client.get("/ru/search/", {"q": "конфиденциальность"}).content.decode()
    assert 'href="/ru/privacy/"' in html
    assert 'href="/en/privacy/"' not in html
    empty = client.get("/ru/search/", {"q": "жирафы"}).content.decode()
    assert "ничего не найдено" in empty.lower()


def test_missing_page_is_translated(client, site_pages):
    response = client.get("/ru/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Страница не найдена" in html
    assert 'class="site-header"' in html


def test_server_error_page_is_translated():
    from home.views import server_error

    request = RequestFactory().get("/kk/broken/")
    response = server_error(request)
    assert response.status_code == 500
    assert "Бірдеңе дұрыс болмады" in response.content.decode()
    assert 'lang="kk"' in response.content.decode()


def test_healthz_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok", "storage": "local"}


def test_healthz_reports_an_unreachable_database(client):
    from django.db import connection

    with mock.patch.object(connection, "cursor", side_effect=OperationalError("refused")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "down"


def test_api_lists_pages(client, site_pages):
    response = client.get("/api/v2/pages/", {"type": "home.StandardPage", "fields": "intro"})
    assert response.status_code == 200
    titles = {item["title"] for item in response.json()["items"]}
    assert {"Жоба туралы", "О проекте", "About the project"} <= titles
    assert client.get("/api/v2/images/").status_code == 200
    assert client.get("/api/v2/documents/").status_code == 200


@override_settings(DEMO_MODE=False)
def test_load_demo_refuses_outside_demo_settings():
    from django.core.management import CommandError, call_command

    with pytest.raises(CommandError):
        call_command("load_demo")


def test_home_page_query_count_is_small(client, site_pages, django_assert_max_num_queries):
    client.get("/kk/")  # warm the site-root cache as a running server would
    with django_assert_max_num_queries(12):
        assert client.get("/kk/").status_code == 200


def test_a_missing_admin_url_is_a_plain_404_not_a_redirect_to_the_public_site(admin_client):
    response = admin_client.get("/admin/applications/edit/999999/")
    assert response.status_code == 404
    assert admin_client.get("/admin/no-such-screen/").status_code == 404
    assert admin_client.get("/api/v2/pages/999999/").status_code == 404
