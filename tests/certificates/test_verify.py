"""Public verification: the page, the JSON, masked names, identical unknowns, rate limits."""

import datetime

import pytest
from django.utils import timezone

from certificates.models import Certificate
from certificates.views.verify import lookup_limit
from registry_offices.codes import CODE_ALPHABET
from tests.factories import certified

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(couple, short) -> Certificate:
    return certified(couple, short)


def _near(code: str) -> str:
    """The same code with its last character changed: a guess that is very close."""
    last = CODE_ALPHABET[(CODE_ALPHABET.index(code[-1]) + 1) % len(CODE_ALPHABET)]
    return code[:-1] + last


def test_verify_page_says_valid_with_masked_names(client, certificate):
    response = client.get(f"/kk/verify/{certificate.display_code}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'data-status="valid"' in html
    assert "Нұ*** С***" in html and "Ай*** Н***" in html
    assert "Сейітқали" not in html and "Айгерім" not in html
    assert "Отбасылық өмірге дайындық: қысқа курс" in html
    assert "astana АХАТ" in html
    assert response["Referrer-Policy"] == "no-referrer"


def test_verify_page_in_russian_shows_the_russian_course_title(client, certificate):
    html = client.get(f"/ru/verify/{certificate.code.lower()}/").content.decode()
    assert "Подготовка к семейной жизни: краткий курс" in html
    assert "ЗАГС astana" in html


def test_the_form_sends_the_code_to_its_page(client, certificate):
    response = client.get("/en/verify/", {"code": certificate.code.lower()})
    assert response.status_code == 302
    assert response["Location"] == f"/en/verify/{certificate.display_code}/"
    assert client.get("/en/verify/").status_code == 200


def test_json_answer(client, certificate):
    response = client.get(f"/api/certificates/{certificate.display_code}/")
    assert response.status_code == 200
    data = response.json()
    assert data == {
        "code": certificate.display_code,
        "status": "valid",
        "course": data["course"],
        "office": data["office"],
        "issued": timezone.localdate().isoformat(),
        "expires": certificate.expires_on.isoformat(),
        "holders": ["Нұ*** С***", "Ай*** Н***"],
        # Not signed as a credential until someone needs it (its PDF, the credential API).
        "signature": "unsigned",
        "verificationMethod": "",
    }
    assert data["course"] and data["office"]


@pytest.mark.parametrize("state", ["expired", "revoked", "replaced"])
def test_every_status_is_told(client, certificate, office_a, state):
    if state == "expired":
        Certificate.objects.filter(pk=certificate.pk).update(
            expires_on=timezone.localdate() - datetime.timedelta(days=1)
        )
    elif state == "revoked":
        certificate.revoke(office_a.clerk, "Mistake")
    else:
        new = certificate.reissue(office_a.clerk)
        html = client.get(f"/en/verify/{certificate.display_code}/").content.decode()
        assert new.display_code in html
    assert client.get(f"/api/certificates/{certificate.code}/").json()["status"] == state
    html = client.get(f"/en/verify/{certificate.code}/").content.decode()
    assert f'data-status="{state}"' in html


def test_unknown_codes_answer_the_same_however_close(client, certificate):
    near = _near(certificate.code)
    far = "ZZZZZZZZZZZZ"
    answers = [client.get(f"/api/certificates/{code}/") for code in (near, far, "x")]
    assert {a.status_code for a in answers} == {404}
    assert len({a.content for a in answers}) == 1
    assert answers[0]["Content-Type"] == "application/json"
    pages = [client.get(f"/en/verify/{code}/") for code in (near, far)]
    assert {p.status_code for p in pages} == {404}
    # The same page but for the code itself (it is in the page's own language links).
    assert pages[0].content.replace(near.encode(), b"X") == pages[1].content.replace(
        far.encode(), b"X"
    )


def test_lookups_are_rate_limited_with_a_translated_answer(client, certificate):
    limit = lookup_limit()
    for _ in range(limit):
        client.get(f"/api/certificates/{certificate.code}/")
    response = client.get(f"/api/certificates/{certificate.code}/", HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 429
    assert "Слишком много" in response.json()["error"]
    page = client.get(f"/kk/verify/{certificate.code}/")
    assert page.status_code == 429 and page["Retry-After"]


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_lean_look_up_tells_what_the_certificate_itself_tells(certificate, office_a, language):
    """find_public_view reads plain values; it must say exactly what public_view of the model
    says, in every language and for a replaced certificate (with the newer code) too."""
    from certificates.public import find_public_view, public_view

    new = certificate.reissue(office_a.clerk)
    for found in (certificate, new):
        found.refresh_from_db()
        lean = find_public_view(found.code.lower(), language)
        full = public_view(found, language)
        full.newer_code = found.replaced_by.display_code if found.replaced_by_id else ""
        assert lean == full
    assert find_public_view(certificate.code, language).newer_code == new.display_code
