"""Certificates as Verifiable Credentials, checked as a stranger would: the DID document, the
credential (JSON-LD and VC-JOSE), the office's status list, and our own verifier's answers.

The signatures are checked with `spec_verifier` (written from the W3C texts, sharing no code with
`certificates.vc`), against keys read from /.well-known/did.json as any verifier would.
"""

import base64
import copy
import gzip
import json

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from certificates.credentials import credential_for
from certificates.models import IssuedCredential, OfficeKey, StatusList
from certificates.verification import verify_presented
from registry_offices.models import Partner
from tests.certificates import spec_verifier
from tests.factories import assign, certified, iin_for

pytestmark = pytest.mark.django_db

DID = "did:web:testserver"


@pytest.fixture
def certificate(couple, short):
    return certified(couple, short)


def did_keys(client) -> dict:
    """verificationMethod id -> (public key, the method), from the published DID document."""
    response = client.get("/.well-known/did.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/did+json"
    document = response.json()
    assert document["id"] == DID
    assert set(document["assertionMethod"]) == {m["id"] for m in document["verificationMethod"]}
    return {
        method["id"]: (spec_verifier.ed25519_from_multikey(method["publicKeyMultibase"]), method)
        for method in document["verificationMethod"]
    }


def status_bit(client, credential: dict) -> bool:
    """The credential's bit, read from the office's published list (JSON-LD, proof checked)."""
    entry = credential["credentialStatus"]
    path = entry["statusListCredential"].removeprefix("http://testserver")
    listed = client.get(path)
    assert listed.status_code == 200
    assert listed["Content-Type"] == "application/vc+ld+json"
    assert "public" in listed["Cache-Control"]
    document = listed.json()
    key, _method = did_keys(client)[document["proof"]["verificationMethod"]]
    spec_verifier.verify_eddsa_rdfc_2022(document, key)
    encoded = document["credentialSubject"]["encodedList"]
    assert encoded.startswith("u")
    bits = gzip.decompress(base64.urlsafe_b64decode(encoded[1:] + "=" * (-len(encoded[1:]) % 4)))
    assert len(bits) * 8 == 131072  # the spec's minimum: every list looks the same size
    index = int(entry["statusListIndex"])
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def test_the_credential_verifies_with_an_independent_implementation(client, certificate):
    response = client.get(f"/api/credentials/{certificate.display_code}/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vc+ld+json"
    document = response.json()
    assert document["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert document["issuer"]["id"] == DID
    assert document["issuer"]["name"] == certificate.office.name_kk
    method = document["proof"]["verificationMethod"]
    key, published = did_keys(client)[method]
    assert published["controller"] == DID and published["type"] == "Multikey"
    unsecured = spec_verifier.verify_eddsa_rdfc_2022(document, key)
    subject = unsecured["credentialSubject"]
    assert [item["identityHash"] for item in subject["identifier"]] == ["Нұ*** С***", "Ай*** Н***"]
    assert subject["achievement"]["creditsAvailable"] == float(certificate.study_hours)
    names = {item["@language"]: item["@value"] for item in subject["achievement"]["name"]}
    assert names["kk"] == certificate.course.title and "ru" in names
    assert unsecured["validUntil"].startswith(certificate.expires_on.isoformat())
    assert status_bit(client, unsecured) is False


def test_the_jwt_is_the_same_credential_signed_with_the_same_key(client, certificate):
    response = client.get(f"/api/credentials/{certificate.code.lower()}.jwt")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vc+jwt"
    token = response.content.decode()
    header = json.loads(base64.urlsafe_b64decode(token.split(".")[0] + "=="))
    assert header == {"alg": "EdDSA", "typ": "vc+jwt", "cty": "vc", "kid": header["kid"]}
    key, _method = did_keys(client)[header["kid"]]
    payload = spec_verifier.verify_vc_jwt(token, key)
    document = client.get(f"/api/credentials/{certificate.display_code}/").json()
    assert payload == {k: v for k, v in document.items() if k != "proof"}
    assert len(token) < 2200  # it rides in the PDF's QR code


def test_no_personal_data_beyond_masked_names(client, office_a, short):
    couple = assign(office_a, short, "IIN-1")
    born = Partner.objects.filter(application=couple.application).first().date_of_birth
    iin = iin_for(born)
    Partner.objects.filter(application=couple.application).update(iin_last4=iin[-4:])
    certificate = certified(couple, short)
    token = client.get(f"/api/credentials/{certificate.display_code}.jwt").content.decode()
    body = client.get(f"/api/credentials/{certificate.display_code}/").content.decode()
    for text in (body, base64.urlsafe_b64decode(token.split(".")[1] + "==").decode()):
        assert "Нұрлан" not in text and "Айгерім" not in text
        assert iin[-4:] not in text.replace(str(certificate.study_hours), "")


def test_revoking_flips_the_bit_in_the_same_transaction(client, certificate, office_a):
    document = client.get(f"/api/credentials/{certificate.display_code}/").json()
    assert status_bit(client, document) is False
    certificate.revoke(office_a.clerk, "Issued by mistake")
    assert status_bit(client, document) is True
    verdict = verify_presented(json.dumps(document))
    assert verdict.reason == "revoked"
    with translation.override("ru"):
        assert "отозвал" in verdict.message


def test_a_revoke_that_rolls_back_leaves_the_bit_alone(client, certificate, office_a):
    from django.db import transaction

    document = client.get(f"/api/credentials/{certificate.display_code}/").json()
    with pytest.raises(RuntimeError), transaction.atomic():
        certificate.revoke(office_a.clerk, "Issued by mistake")
        raise RuntimeError("the request failed after the revoke")
    assert status_bit(client, document) is False


def test_reissue_revokes_the_old_credential_and_signs_a_new_one(client, certificate, office_a):
    old = client.get(f"/api/credentials/{certificate.display_code}/").json()
    new = certificate.reissue(office_a.clerk)
    assert status_bit(client, old) is True
    fresh = client.get(f"/api/credentials/{new.display_code}/").json()
    assert status_bit(client, fresh) is False
    assert (
        fresh["credentialStatus"]["statusListIndex"] != old["credentialStatus"]["statusListIndex"]
    )


def test_status_places_are_random_not_in_issue_order(office_a, short):
    indexes = []
    for number in range(6):
        couple = assign(office_a, short, f"R-{number}")
        indexes.append(credential_for(certified(couple, short)).status_index)
    assert len(set(indexes)) == 6
    assert indexes != sorted(indexes)  # 1 chance in 720 of a false alarm


def test_rotation_keeps_old_credentials_verifiable(client, certificate, office_a, short):
    old = client.get(f"/api/credentials/{certificate.display_code}/").json()
    call_command(
        "certificate_keys",
        "rotate",
        "--office",
        office_a.office.code,
        stdout=open("/dev/null", "w"),
    )  # noqa: SIM115
    keys = did_keys(client)
    assert old["proof"]["verificationMethod"] in keys  # the retired key is still published
    key, _method = keys[old["proof"]["verificationMethod"]]
    spec_verifier.verify_eddsa_rdfc_2022(old, key)
    assert verify_presented(json.dumps(old)).verified
    newer = certified(assign(office_a, short, "ROT-2"), short)
    signed = client.get(f"/api/credentials/{newer.display_code}/").json()
    active = OfficeKey.objects.active_for(office_a.office.pk)
    assert signed["proof"]["verificationMethod"] == f"{DID}#{active.key_id}"
    assert signed["proof"]["verificationMethod"] != old["proof"]["verificationMethod"]


def test_a_compromised_key_revokes_what_it_signed(client, certificate, office_a):
    document = client.get(f"/api/credentials/{certificate.display_code}/").json()
    key_id = document["proof"]["verificationMethod"].split("#")[1]
    call_command("certificate_keys", "compromise", key_id, stdout=open("/dev/null", "w"))  # noqa: SIM115
    _key, method = did_keys(client)[document["proof"]["verificationMethod"]]
    assert "revoked" in method
    assert status_bit(client, document) is True
    assert verify_presented(json.dumps(document)).reason == "revoked_key"
    public = client.get(f"/api/certificates/{certificate.display_code}/").json()
    assert public["status"] == "revoked" and public["signature"] == "key_compromised"
    page = client.get(f"/en/verify/{certificate.display_code}/").content.decode()
    assert "withdrawn as compromised" in page


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["credentialSubject"]["identifier"][0].update(identityHash="Ба*** Б***"),
        lambda d: d.update(validUntil="2099-12-31T23:59:59+05:00"),
        lambda d: d["credentialSubject"]["achievement"].update(creditsAvailable=40),
        lambda d: d["credentialStatus"].update(statusListIndex="7"),
    ],
    ids=["name", "date", "hours", "status index"],
)
def test_a_changed_credential_fails_with_the_reason(client, certificate, change):
    document = client.get(f"/api/credentials/{certificate.display_code}/").json()
    changed = copy.deepcopy(document)
    change(changed)
    response = client.post(
        reverse("credential_verify"),
        json.dumps(changed, ensure_ascii=False),
        content_type="application/vc+ld+json",
        HTTP_ACCEPT_LANGUAGE="ru",
    )
    assert response.status_code == 200
    answer = response.json()
    assert answer["verified"] is False and answer["reason"] == "signature"
    assert "подпись" in answer["message"].lower()
    assert client.post(
        reverse("credential_verify"), json.dumps(document), content_type="application/json"
    ).json()["verified"]


def _jwt(header: dict, payload: dict, signature: bytes = b"x" * 64) -> str:
    def part(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    return ".".join(
        [part(json.dumps(header).encode()), part(json.dumps(payload).encode()), part(signature)]
    )


@pytest.mark.parametrize(
    ("token", "reason"),
    [
        (_jwt({"alg": "none", "typ": "vc+jwt"}, {"id": "x"}, b""), "algorithm"),
        (_jwt({"alg": "HS256", "kid": f"{DID}#x"}, {"id": "x"}), "algorithm"),
        (_jwt({"alg": "EdDSA", "kid": f"{DID}#nobody"}, {"id": "x"}), "unknown_key"),
        ("not.a.jwt", "malformed"),
        ("%%%", "malformed"),
        ('{"@context": 5}', "malformed"),
    ],
    ids=["alg none", "HS256", "unknown key", "garbage", "not base64", "bad JSON-LD"],
)
def test_bad_credentials_are_refused_without_a_500(client, token, reason):
    response = client.post(reverse("credential_verify"), token, content_type="application/vc+jwt")
    assert response.status_code == 200
    assert response.json()["reason"] == reason


def test_an_oversized_credential_is_refused(client):
    response = client.post(reverse("credential_verify"), "a" * 20000, content_type="text/plain")
    assert response.status_code == 413


def test_a_jwt_signed_by_another_key_is_refused(client, certificate):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    token = client.get(f"/api/credentials/{certificate.display_code}.jwt").content.decode()
    header, payload, _signature = token.split(".")
    forged = Ed25519PrivateKey.generate().sign(f"{header}.{payload}".encode())
    forged_token = f"{header}.{payload}." + base64.urlsafe_b64encode(forged).rstrip(b"=").decode()
    assert verify_presented(forged_token).reason == "signature"
    assert verify_presented(token, expected_code=certificate.code).verified
    assert verify_presented(token, expected_code="AAAABBBBCCCC").reason == "mismatch"


def test_the_verify_page_names_who_signed(client, certificate):
    credential_for(certificate)
    page = client.get(f"/kk/verify/{certificate.display_code}/").content.decode()
    key = OfficeKey.objects.active_for(certificate.office_id)
    assert key.key_id in page
    assert reverse("credential_jsonld", args=[certificate.display_code]) in page
    assert "data-offline-verify" in page and "verify-offline.js" in page


def test_credentials_and_lists_of_unknown_things_answer_404(client):
    assert client.get("/api/credentials/AAAA-BBBB-CCCC/").status_code == 404
    assert client.get("/api/credentials/AAAA-BBBB-CCCC.jwt").status_code == 404
    assert client.get("/credentials/status/nowhere-1/").status_code == 404
    assert client.get("/credentials/status/nonumber/").status_code == 404


def test_an_office_without_a_key_still_gets_its_pdf_unsigned(certificate):
    from certificates.pdf import certificate_pdf

    OfficeKey.objects.filter(office=certificate.office).update(retired_at="2026-01-01T00:00Z")
    pdf = certificate_pdf(certificate, "kk")
    assert pdf.startswith(b"%PDF") and b"/ByteRange" not in pdf
    assert not IssuedCredential.objects.filter(certificate=certificate).exists()


def test_the_service_worker_may_control_the_verify_pages(client):
    response = client.get("/verify-sw.js")
    assert response.status_code == 200
    assert response["Service-Worker-Allowed"] == "/"
    assert response["Content-Type"].startswith("text/javascript")
    offline = client.get("/ru/verify/offline/")
    assert offline.status_code == 200
    assert "data-offline-verify" in offline.content.decode()


def test_status_lists_open_a_new_one_when_half_full(office_a, short, monkeypatch):
    from certificates.models import credentials as credential_models

    monkeypatch.setattr(credential_models, "FILL_LIMIT", 2)
    for number in range(3):
        credential_for(certified(assign(office_a, short, f"F-{number}"), short))
    lists = list(StatusList.objects.filter(office=office_a.office).order_by("number"))
    assert [status_list.allocated for status_list in lists] == [2, 1]


@override_settings(WAGTAILADMIN_BASE_URL="https://otbasy.example.kz:8443")
def test_the_did_names_the_host_and_port():
    from certificates.credentials import site_did

    assert site_did() == "did:web:otbasy.example.kz%3A8443"


def test_an_expired_credential_has_its_own_reason(client, certificate):
    import datetime

    from django.utils import timezone

    long_ago = timezone.now() - datetime.timedelta(days=800)
    type(certificate).objects.filter(pk=certificate.pk).update(
        created_at=long_ago, expires_on=(long_ago + datetime.timedelta(days=365)).date()
    )
    certificate.refresh_from_db()
    token = credential_for(certificate).jwt
    verdict = verify_presented(token)
    assert verdict.reason == "expired"
    with translation.override("kk"):
        assert verdict.message != verify_presented("x").message  # its own words, translated


def test_a_flipped_bit_purges_the_list_from_the_cdn(
    certificate, office_a, monkeypatch, django_capture_on_commit_callbacks
):
    from certificates.models import credentials as credential_models

    purged = []
    monkeypatch.setattr(credential_models, "purge_urls_from_cache", purged.extend)
    credential = credential_for(certificate)
    with override_settings(WAGTAILFRONTENDCACHE={"cdn": {"BACKEND": "unused-in-this-test"}}):
        with django_capture_on_commit_callbacks(execute=True):
            certificate.revoke(office_a.clerk, "Issued by mistake")
    list_id = credential.status_list.list_id
    assert purged == [
        f"http://testserver/credentials/status/{list_id}/",
        f"http://testserver/credentials/status/{list_id}.jwt",
    ]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_offices_first_credentials_signed_at_the_same_moment_share_one_status_list(
    office_a, course_factory
):
    """Two couples of an office with no status list yet download their PDFs at once (the
    cluster test's 500): both find no list to lock and both make list 1; the second waits for
    the first's commit, then uses its list. PostgreSQL runs the threads truly at once; SQLite's
    shared in-memory test database cannot wait on a lock, so there they take turns."""
    import contextlib
    import threading

    from django.db import connection

    course = course_factory()
    certificates = [certified(assign(office_a, course, f"S-{n}"), course) for n in range(2)]
    assert not StatusList.objects.filter(office=office_a.office).exists()
    barrier = threading.Barrier(2)
    gate = threading.Lock() if connection.vendor == "sqlite" else contextlib.nullcontext()
    errors: list[BaseException] = []

    def sign(pk: int) -> None:
        from certificates.models import Certificate

        try:
            certificate = Certificate.objects.get(pk=pk)
            barrier.wait(timeout=10)
            with gate:
                credential_for(certificate)
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=sign, args=(c.pk,)) for c in certificates]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors, errors
    lists = StatusList.objects.filter(office=office_a.office)
    assert lists.count() == 1
    assert lists.get().allocated == 2
    credentials = IssuedCredential.objects.filter(certificate__in=certificates)
    assert credentials.count() == 2
    assert len({c.status_index for c in credentials}) == 2
