"""Re-authentication before exports and before revoking or reissuing a certificate."""

import pytest
from django.urls import reverse

from accounts.models import SecurityEvent
from certificates.models import Certificate
from tests.factories import certified

from .helpers import PASSWORD, enrolled, reauthenticated, stale, totp_code

pytestmark = pytest.mark.django_db

REAUTH = reverse("accounts:reauthenticate")


def _path(response) -> str:
    return response["Location"].split("?")[0]


@pytest.fixture
def clerk(client, office_a):
    office_a.clerk.set_password(PASSWORD)
    office_a.clerk.save()
    client.force_login(office_a.clerk)
    return office_a.clerk


@pytest.fixture
def certificate(couple, short) -> Certificate:
    return certified(couple, short)


def test_signing_in_counts_as_a_recent_proof(client, clerk, office_a):
    export = client.get(reverse("applications:report_export", args=[office_a.office.pk]))
    assert export.status_code == 200


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_the_applications_export_asks_again_after_five_minutes(
    client, clerk, couple, export_format
):
    index = reverse("applications:index")
    stale(client)
    # The list stays open; only the download asks.
    assert client.get(index).status_code == 200
    response = client.get(index, {"export": export_format, "status": "new"})
    assert response.status_code == 302 and _path(response) == REAUTH
    back = client.get(response["Location"])
    assert "Confirm it is you" in back.content.decode()

    proved = client.post(response["Location"], {"password": PASSWORD})
    assert proved.status_code == 302
    assert proved["Location"] == f"{index}?export={export_format}&status=new"
    download = client.get(proved["Location"])
    assert download.status_code == 200
    assert "attachment" in download["Content-Disposition"]
    event = SecurityEvent.objects.get(kind="export")
    assert event.detail == {
        "export": "registry_offices.marriageapplication",
        "format": export_format,
        "filters": ["status"],
    }
    assert SecurityEvent.objects.filter(kind="reauthenticated", user=clerk).exists()


def test_the_report_csv_asks_again(client, clerk, office_a):
    url = reverse("applications:report_export", args=[office_a.office.pk])
    stale(client)
    assert _path(client.get(url)) == REAUTH
    reauthenticated(client)
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert SecurityEvent.objects.get(kind="export").detail["export"] == "course_report"


def test_revoking_needs_a_recent_proof_for_the_form_and_the_post(client, clerk, certificate):
    url = reverse("certificates:revoke", args=[certificate.pk])
    stale(client)
    assert _path(client.get(url)) == REAUTH
    refused = client.post(url, {"reason": "Documents were forged"})
    assert _path(refused) == REAUTH
    certificate.refresh_from_db()
    assert certificate.state == "valid"

    reauthenticated(client)
    assert "Revoke certificate" in client.get(url).content.decode()
    response = client.post(url, {"reason": "Documents were forged"})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.state == "revoked"
    assert SecurityEvent.objects.get(kind="certificate_revoked").detail == {
        "certificate": certificate.pk
    }


def test_reissuing_needs_a_recent_proof(client, clerk, certificate):
    url = reverse("certificates:reissue", args=[certificate.pk])
    stale(client)
    assert _path(client.post(url)) == REAUTH
    assert Certificate.objects.count() == 1
    reauthenticated(client)
    client.post(url)
    assert Certificate.objects.count() == 2
    event = SecurityEvent.objects.get(kind="certificate_reissued")
    assert event.detail["certificate"] == certificate.pk


def test_accepting_is_logged_without_asking_again(client, clerk, certificate):
    stale(client)
    client.post(reverse("certificates:accept", args=[certificate.pk]))
    certificate.refresh_from_db()
    assert certificate.accepted_at is not None
    assert SecurityEvent.objects.filter(kind="certificate_accepted", user=clerk).exists()


def test_a_code_from_the_app_proves_it_too(client, clerk, office_a):
    device, _codes = enrolled(clerk)
    url = reverse("applications:report_export", args=[office_a.office.pk])
    stale(client)
    page = client.get(f"{REAUTH}?next={url}").content.decode()
    assert "or the six-digit code from your authenticator app" in page
    response = client.post(f"{REAUTH}?next={url}", {"password": totp_code(device)})
    assert response["Location"] == url
    assert SecurityEvent.objects.get(kind="reauthenticated").detail == {"method": "totp"}


def test_a_wrong_password_is_refused_and_counted(client, clerk, office_a):
    url = reverse("applications:report_export", args=[office_a.office.pk])
    stale(client)
    response = client.post(f"{REAUTH}?next={url}", {"password": "not my password"})
    assert response.status_code == 200 and "That is not right" in response.content.decode()
    assert _path(client.get(url)) == REAUTH
    failed = SecurityEvent.objects.get(kind="login_failed")
    assert failed.user == clerk and failed.detail["path"] == REAUTH


def test_five_wrong_passwords_sign_the_session_out(client, clerk, office_a):
    stale(client)
    for _attempt in range(5):
        response = client.post(REAUTH, {"password": "not my password"})
    assert response.status_code == 429
    assert client.get("/admin/").status_code == 302  # signed out


def test_next_stays_on_the_site(client, clerk):
    response = client.post(f"{REAUTH}?next=https://evil.example/x", {"password": PASSWORD})
    assert response["Location"] == "/admin/"
