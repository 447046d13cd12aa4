"""Access codes people can type on a phone: short, one case, no look-alikes, ≥ 60 bits; old
codes keep working until they expire; the slip's link carries the code after `#`."""

import datetime
import hashlib
import re
import secrets

import pytest
from django.utils import timezone

from learning.views.shared import CODE_TARGET_LIMIT, CODE_TARGET_PREFIX
from registry_offices.codes import (
    ACCESS_CODE_ALPHABET,
    access_code_bits,
    is_access_code,
    new_access_code,
    normalise_access_code,
)
from registry_offices.models import PartnerAccess, hash_access_code
from registry_offices.slips import learner_link

pytestmark = pytest.mark.django_db

LOOK_ALIKES = set("0O1IL5S2Z8B")


def test_a_new_code_is_short_grouped_one_case_without_look_alikes_and_has_60_bits():
    assert access_code_bits() >= 60
    for _ in range(200):
        code = new_access_code()
        assert len(code) <= 15 and re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{5}", code)
        typed = normalise_access_code(code)
        assert len(typed) <= 14 and typed == typed.upper()
        assert not LOOK_ALIKES & set(typed)
    assert not LOOK_ALIKES & set(ACCESS_CODE_ALPHABET)


def test_codes_are_random_not_sequential():
    codes = {new_access_code() for _ in range(1000)}
    assert len(codes) == 1000


def test_the_stored_hash_is_keyed_not_a_plain_sha256_of_the_code(couple):
    typed = normalise_access_code(couple.codes[0])
    assert couple.accesses[0].code_hash == hash_access_code(couple.codes[0])
    assert couple.accesses[0].code_hash != hashlib.sha256(typed.encode()).hexdigest()
    assert couple.codes[0] not in couple.accesses[0].code_hash


@pytest.mark.parametrize(
    "spelling",
    [
        lambda code: code,
        lambda code: code.lower(),
        lambda code: code.replace("-", ""),
        lambda code: code.replace("-", " ").lower(),
        lambda code: f"  {code.replace('-', ' - ')} ",
    ],
)
def test_a_code_works_in_any_case_with_or_without_dashes_or_spaces(client, couple, spelling):
    typed = spelling(couple.codes[0])
    response = client.post("/ru/learn/", {"code": typed})
    assert response.status_code == 302 and response["Location"] == "/ru/learn/course/"


def test_finding_a_code_is_one_indexed_query(couple, django_assert_num_queries):
    with django_assert_num_queries(1):
        access = PartnerAccess.objects.find_usable(couple.codes[1].lower())
    assert access == couple.accesses[1]


def _with_old_code(access) -> str:
    """A code as issued before the short codes: 32 URL-safe characters, its plain SHA-256."""
    old = secrets.token_urlsafe(24)
    PartnerAccess.objects.filter(pk=access.pk).update(
        code_hash=hashlib.sha256(old.encode()).hexdigest()
    )
    return old


def test_an_old_long_code_keeps_working_typed_and_from_an_old_link(client, couple):
    old = _with_old_code(couple.accesses[0])
    assert not is_access_code(normalise_access_code(old))
    response = client.post("/kk/learn/", {"code": old})
    assert response.status_code == 302 and response["Location"] == "/kk/learn/course/"
    other = client.__class__()
    response = other.get("/kk/learn/", {"code": old})  # a printed slip's ?code= link
    assert response.status_code == 302 and response["Location"] == "/kk/learn/course/"


def test_an_old_code_stops_working_when_it_expires(client, couple):
    old = _with_old_code(couple.accesses[0])
    application = couple.application
    application.planned_registration_date = timezone.localdate() - datetime.timedelta(days=1)
    application.save()
    assert PartnerAccess.objects.find_usable(old) is None
    response = client.post("/kk/learn/", {"code": old})
    assert response.status_code == 400


def test_an_old_code_in_the_wrong_case_does_not_work(couple):
    old = _with_old_code(couple.accesses[0])
    changed = old.swapcase()
    if changed != old:
        assert PartnerAccess.objects.find_usable(changed) is None


def test_a_new_code_in_an_old_style_link_still_works(client, couple):
    response = client.get("/ru/learn/", {"code": couple.codes[1].lower()})
    assert response.status_code == 302 and response["Location"] == "/ru/learn/course/"


def test_the_slip_link_carries_the_code_after_the_hash():
    link = learner_link("ru", "K7QM-4XPA-9RTDW", base_url="https://otbasy.kz")
    assert link == "https://otbasy.kz/ru/learn/#code=K7QM-4XPA-9RTDW"
    assert "?" not in link


def test_the_start_page_loads_the_script_that_posts_a_code_from_the_address(client):
    html = client.get("/kk/learn/").content.decode()
    assert 'id="learn-code-form"' in html and 'method="post"' in html
    assert re.search(r'<script src="/static/js/code-link\.js" defer></script>', html)
    assert "<script>" not in html  # no inline script: the CSP allows the site's files


def test_guessing_limit_counts_codes_by_their_first_group_however_they_are_typed(client):
    assert CODE_TARGET_PREFIX == 4
    spellings = ["abcd-efgh-jkmnp", "ABCD EFGH", "a-b-c-d-x", "AbCd"]
    for n in range(CODE_TARGET_LIMIT):
        address = f"10.1.{n // 250}.{n % 250 + 1}"  # many clients, one family of codes
        typed = spellings[n % len(spellings)]
        response = client.post("/en/learn/", {"code": typed}, REMOTE_ADDR=address)
        assert response.status_code == 400
    response = client.post("/en/learn/", {"code": "abcd9999"}, REMOTE_ADDR="10.9.9.9")
    assert response.status_code == 429
    response = client.post("/en/learn/", {"code": "wxyz-9999"}, REMOTE_ADDR="10.9.9.9")
    assert response.status_code == 400
