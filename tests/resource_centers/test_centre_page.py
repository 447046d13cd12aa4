"""A centre's page and its consultation request form: validation, spam protection, privacy."""

import pytest
from django.core.cache import cache

from resource_centers.models import ConsultationRequest

pytestmark = pytest.mark.django_db

VALID = {
    "name": "Айгүл",
    "contact": "+7 701 234 56 78",
    "topic": "divorce",
    "preferred_language": "ru",
    "message": "",
    "consent": "on",
    "website": "",
}


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


FORM = "/ru/centres/almaty-a/request/"


def test_centre_page_shows_details_hours_and_the_way_to_the_form(client, centre_site):
    html = client.get("/ru/centres/almaty-a/").content.decode()
    assert "<h1>Центр almaty-a</h1>" in html
    assert "пр. Абая, 1" in html
    assert "<caption>Часы работы</caption>" in html
    assert '<th scope="row">Понедельник</th><td>09:00–18:00</td>' in html
    assert "Медиатор" in html
    assert 'href="geo:43.238949,76.945465"' in html
    # The form has its own address, so the page itself holds no CSRF token and can be cached.
    assert f'href="{FORM}"' in html and "csrfmiddlewaretoken" not in html
    form = client.get(FORM).content.decode()
    assert 'name="website"' in form and "csrfmiddlewaretoken" in form  # the honeypot
    assert "Центр almaty-a" in form


def test_a_form_posted_to_the_centre_page_itself_still_works(client, centre_site):
    """A tab opened before the form moved to its own address still sends its request."""
    response = client.post("/ru/centres/almaty-a/", VALID)
    assert response.status_code == 302 and response["Location"] == FORM + "?sent=1"
    assert ConsultationRequest.objects.count() == 1


def test_request_is_stored_for_the_source_centre_and_redirects_without_personal_data(
    client, centre_site
):
    response = client.post(FORM, VALID)
    assert response.status_code == 302
    assert response["Location"] == FORM + "?sent=1"
    assert "Айгүл" not in response["Location"] and "701" not in response["Location"]
    request = ConsultationRequest.objects.get()
    assert request.centre == centre_site["centres"]["a"]  # the kk source page
    assert request.contact == "+7 701 234 56 78"
    html = client.get(response["Location"]).content.decode()
    assert "получил ваш запрос" in html
    assert "Айгүл" not in html


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"name": ""}, "name", "как к вам обращаться"),
        ({"contact": "abc"}, "contact", "номер телефона с кодом"),
        ({"contact": "a@b"}, "contact", "адрес электронной почты выглядит неверно"),
        ({"consent": ""}, "consent", "только с вашего согласия"),
        ({"topic": ""}, "topic", "Выберите тему"),
    ],
)
def test_invalid_requests_get_translated_messages(client, centre_site, change, field, message):
    response = client.post(FORM, {**VALID, **change})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not ConsultationRequest.objects.exists()


def test_honeypot_stores_nothing_but_looks_like_success(client, centre_site):
    response = client.post(FORM, {**VALID, "website": "http://spam.example"})
    assert response.status_code == 302
    assert not ConsultationRequest.objects.exists()


def test_rate_limit_per_client_address(client, centre_site):
    for number in range(5):  # five different requests (the same one twice is stored once)
        assert client.post(FORM, {**VALID, "message": f"#{number}"}).status_code == 302
    response = client.post("/ru/centres/almaty-b/request/", VALID)
    assert response.status_code == 429
    assert "Retry-After" in response
    assert "Попробуйте снова через час" in response.content.decode()
    assert ConsultationRequest.objects.count() == 5
    other = client.post(FORM, VALID, REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 302


def test_personal_data_stays_out_of_titles(client, centre_site):
    client.post(FORM, VALID)
    request = ConsultationRequest.objects.get()
    assert "Айгүл" not in str(request)
    assert "701" not in str(request)


def test_purge_command_deletes_old_requests(centre_site):
    import datetime as dt
    import io

    from django.core.management import call_command
    from django.utils import timezone

    centre = centre_site["centres"]["a"]
    now = timezone.now()
    for days in (10, 89, 91, 200):
        ConsultationRequest.objects.create(
            centre=centre,
            name="x",
            contact="x@example.com",
            topic="other",
            preferred_language="kk",
            consent=True,
            created_at=now - dt.timedelta(days=days),
        )
    out = io.StringIO()
    call_command("purge_consultation_requests", stdout=out)
    assert "Deleted 2" in out.getvalue()
    assert ConsultationRequest.objects.count() == 2
    call_command("purge_consultation_requests", "--days", "30", stdout=out)
    assert ConsultationRequest.objects.count() == 1
