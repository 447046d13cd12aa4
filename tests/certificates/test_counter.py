"""The clerk's counter: "Check a certificate" on the admin home and the applications list, a code
typed any way or a scanner's URL, the office's certificate with Accept and the partners' progress,
another office's with public facts only, a message of its own for every other outcome."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from certificates.counter import NotACode, read_code
from certificates.models import Certificate
from certificates.views.verify import lookup_limit
from learning.models import Enrollment
from registry_offices.models import MarriageApplication
from tests.factories import assign, certified, finish_partner, lessons_of

pytestmark = pytest.mark.django_db

CHECK = "/admin/certificates/check/"


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


@pytest.fixture
def certificate(couple, short) -> Certificate:
    return certified(couple, short)


def _check(client, typed: str, **extra):
    return client.post(CHECK, {"code": typed}, **extra)


# --- What the box reads ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "K7QM-4XPA-9RTD",
        "k7qm4xpa9rtd",
        " k7qm 4xpa 9rtd ",
        "http://testserver/kk/verify/K7QM-4XPA-9RTD/",
        "https://testserver/ru/verify/k7qm-4xpa-9rtd",
        "testserver/en/verify/K7QM-4XPA-9RTD/",
    ],
)
def test_a_code_typed_any_way_or_our_scanned_address_reads_as_the_code(typed):
    assert read_code(typed.replace("K7QM", "C7QM").replace("k7qm", "c7qm")) == "C7QM4XPA9RTD"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("https://evil.example/kk/verify/C7QM-4XPA-9RTD/", "another website"),
        ("https://testserver.evil.example/kk/verify/C7QM-4XPA-9RTD/", "another website"),
        ("https://testserver/kk/centres/", "not a certificate's verify address"),
        ("C7QM-4XPA", "not a certificate code"),
        ("C0QM-4XPA-9RTD", "not a certificate code"),  # 0 is not in the alphabet
    ],
)
def test_other_sites_and_other_things_are_refused_with_their_reason(typed, message):
    with pytest.raises(NotACode, match=message):
        read_code(typed)


def test_the_admin_host_the_clerk_uses_is_ours_too():
    assert read_code("https://admin.otbasy.kz/kk/verify/C7QM4XPA9RTD/", "admin.otbasy.kz:443")


# --- Where the box is -----------------------------------------------------------------------------


def test_the_box_is_on_the_admin_home_and_the_applications_list(client, office_a):
    client.force_login(office_a.clerk)
    for url in ("/admin/", "/admin/applications/"):
        html = client.get(url).content.decode()
        assert "Check a certificate" in html, url
        assert f'action="{CHECK}"' in html and 'method="post"' in html, url


def test_the_ministry_analyst_has_no_box_and_no_counter(client, analyst):
    client.force_login(analyst)
    assert "Check a certificate" not in client.get("/admin/").content.decode()
    assert client.post(CHECK, {"code": "C7QM-4XPA-9RTD"}).status_code in (302, 403)


# --- What the look-up answers ---------------------------------------------------------------------


def test_own_office_certificate_opens_at_its_id_with_accept_and_no_code_in_the_url(
    client, office_a, certificate
):
    client.force_login(office_a.clerk)
    response = _check(client, certificate.code.lower())
    detail = reverse("certificates:detail", args=[certificate.pk])
    assert response.status_code == 302 and response["Location"] == detail
    assert certificate.code not in response["Location"]
    html = client.get(detail).content.decode()
    assert "you can accept it at the registration" in html
    assert reverse("certificates:accept", args=[certificate.pk]) in html
    assert certificate.holder_1 in html and certificate.holder_2 in html


def test_a_scanned_url_opens_the_certificate_too(client, office_a, certificate):
    client.force_login(office_a.clerk)
    scanned = f"http://testserver/kk/verify/{certificate.display_code}/"
    response = _check(client, scanned)
    assert response["Location"] == reverse("certificates:detail", args=[certificate.pk])


def test_accepting_from_the_counter_moves_the_application_to_certificate_accepted(
    client, office_a, couple, certificate
):
    client.force_login(office_a.clerk)
    response = client.post(reverse("certificates:accept", args=[certificate.pk]), follow=True)
    assert "accepted" in response.content.decode()
    couple.application.refresh_from_db()
    assert couple.application.status == MarriageApplication.Status.CERTIFICATE_ACCEPTED
    assert couple.application.get_status_display() == "Certificate accepted"
    html = client.get(reverse("certificates:detail", args=[certificate.pk])).content.decode()
    assert "already accepted on" in html
    assert reverse("certificates:accept", args=[certificate.pk]) not in html


def test_accepting_leaves_a_registered_application_registered(office_a, couple, certificate):
    MarriageApplication.objects.filter(pk=couple.application.pk).update(
        status=MarriageApplication.Status.REGISTERED
    )
    certificate.accept(office_a.clerk)
    couple.application.refresh_from_db()
    assert couple.application.status == MarriageApplication.Status.REGISTERED


def test_another_offices_certificate_shows_public_facts_only(client, office_b, certificate):
    client.force_login(office_b.clerk)
    response = _check(client, certificate.display_code)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Issued by another office" in html
    assert certificate.office.name_en in html or certificate.office.name_kk in html
    assert "Ну***" in html or "Нұ***" in html  # masked names
    assert certificate.holder_1 not in html and certificate.holder_2 not in html
    assert reverse("certificates:accept", args=[certificate.pk]) not in html
    detail = client.get(reverse("certificates:detail", args=[certificate.pk]))
    assert detail.status_code == 404


def test_an_unknown_code_says_so(client, office_a, certificate):
    client.force_login(office_a.clerk)
    last = "3" if certificate.code[-1] != "3" else "4"
    response = _check(client, certificate.code[:-1] + last)
    assert response.status_code == 404
    assert "No certificate has this code" in response.content.decode()


def test_a_url_of_another_site_is_refused_with_a_clear_message(client, office_a, certificate):
    client.force_login(office_a.clerk)
    response = _check(client, f"https://otbasy.example.com/kk/verify/{certificate.code}/")
    assert response.status_code == 400
    assert "another website" in response.content.decode()


def _detail_of(client, certificate) -> str:
    response = _check(client, certificate.code)
    assert response.status_code == 302
    return client.get(response["Location"]).content.decode()


def test_expired_revoked_and_replaced_each_have_their_own_message(
    client, office_a, certificate, couple
):
    client.force_login(office_a.clerk)
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_on=timezone.localdate() - datetime.timedelta(days=1)
    )
    expired = _detail_of(client, certificate)
    assert "expired on" in expired and "cannot be accepted" in expired
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_on=timezone.localdate() + datetime.timedelta(days=100)
    )
    certificate.refresh_from_db()
    new = certificate.reissue(office_a.clerk)
    replaced = _detail_of(client, certificate)
    assert f"replaced by a newer one, {new.display_code}" in replaced
    new.revoke(office_a.head, "Fraud")
    revoked = _detail_of(client, new)
    assert "was revoked and cannot be accepted" in revoked
    for html in (expired, replaced, revoked):
        assert reverse("certificates:accept", args=[certificate.pk]) not in html


def test_messages_are_translated(client, office_a, certificate):
    from tests.factories import set_admin_language

    set_admin_language(office_a.clerk, "ru")
    client.force_login(office_a.clerk)
    html = _check(client, "https://elsewhere.example/ru/verify/C7QM4XPA9RTD/").content.decode()
    assert "другой сайт" in html
    html = _check(client, "C7QM4XPA9RTD").content.decode()
    assert "Сертификата с таким кодом нет" in html


def test_look_ups_are_limited_per_clerk(client, office_a, django_user_model, certificate):
    client.force_login(office_a.clerk)
    for n in range(lookup_limit()):
        response = _check(client, "C7QM4XPA9RTD", REMOTE_ADDR=f"10.2.0.{n + 1}")
        assert response.status_code == 404
    refused = _check(client, certificate.code, REMOTE_ADDR="10.2.1.1")
    assert refused.status_code == 429
    colleague = client.__class__()
    colleague.force_login(office_a.head)
    assert _check(colleague, certificate.code).status_code == 302


def test_the_code_is_never_in_a_url_and_get_shows_the_form(client, office_a, certificate):
    client.force_login(office_a.clerk)
    page = client.get(CHECK, {"code": certificate.code})
    assert page.status_code == 200
    assert certificate.holder_1 not in page.content.decode()  # a GET looks nothing up


# --- Progress on the application's page ----------------------------------------------------------


def test_the_application_shows_each_partners_progress_never_answers(client, office_a, short):
    couple = assign(office_a, short, "P-1")
    lessons = lessons_of(short)
    enrollment = finish_partner(couple.accesses[0], short, completed=False)
    Enrollment.objects.filter(pk=enrollment.pk).update(study_seconds=25 * 60)
    client.force_login(office_a.clerk)
    html = client.get(reverse("applications:edit", args=[couple.application.pk])).content.decode()
    assert 'data-testid="partner-progress"' in html
    assert f"{len(lessons)} of {len(lessons)}" in html  # partner 1 did every lesson
    assert f"0 of {len(lessons)}" in html and "Not started" in html  # partner 2
    assert ">25<" in html
    assert (
        "quiz-result" not in html
        and "q-" not in html.split('data-testid="partner-progress"')[1][:3000]
    )


def test_the_certificate_page_shows_progress_too(client, office_a, certificate, short):
    client.force_login(office_a.clerk)
    html = client.get(reverse("certificates:detail", args=[certificate.pk])).content.decode()
    total = len(lessons_of(short))
    assert html.count(f"{total} of {total}") == 2


# --- The scanned QR of a signed PDF -------------------------------------------------------------


def test_the_scanned_qr_of_a_signed_pdf_opens_the_certificate(client, certificate, office_a):
    """The QR carries the verify address and, after #vc=, the signed credential: the clerk's
    scanner types it all, and the counter checks the signature on the way."""
    from certificates.credentials import credential_for
    from certificates.pdf import verify_url

    scanned = verify_url(certificate, "kk", credential_for(certificate).jwt)
    assert "#vc=" in scanned and len(scanned) > 1000
    client.force_login(office_a.clerk)
    response = _check(client, scanned)
    assert response.status_code == 302
    assert response["Location"] == reverse("certificates:detail", args=[certificate.pk])


def test_a_scanned_qr_with_a_changed_credential_is_refused(client, certificate, office_a):
    import base64
    import json

    from certificates.credentials import credential_for
    from certificates.pdf import verify_url

    header, payload, signature = credential_for(certificate).jwt.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=="))
    claims["credentialSubject"]["identifier"][0]["identityHash"] = "Ба*** Б***"
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    scanned = verify_url(certificate, "en", f"{header}.{forged}.{signature}")
    client.force_login(office_a.clerk)
    response = _check(client, scanned)
    assert response.status_code == 400
    assert "signed credential does not hold" in response.content.decode()
