"""Centre staff see and edit only their own centre's requests and figures; others' are 404."""

import datetime as dt

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale

from resource_centers.models import ConsultationRequest, MonthlyReport

pytestmark = pytest.mark.django_db


def status(client, url: str, method: str = "get") -> int:
    """The status a browser ends on. Django's LocaleMiddleware turns an admin 404 into a redirect
    to /kk/admin/…, which then answers 404 from the page tree; follow it to the end."""
    response = getattr(client, method)(url, follow=True)
    return response.status_code


@pytest.fixture
def rows(centre_site):
    centres = centre_site["centres"]
    requests_, reports = {}, {}
    for key in ("a", "b"):
        requests_[key] = ConsultationRequest.objects.create(
            centre=centres[key],
            name=f"Name-{key}",
            contact=f"+7 701 000 00 0{ord(key) % 10}",
            topic="legal",
            preferred_language="ru",
            consent=True,
        )
        reports[key] = MonthlyReport.objects.create(
            centre=centres[key],
            month=dt.date(2019, 6, 1),
            applied=10,
            about_divorce=8,
            reconciled=3,
            with_children=6,
            raised_residence=4,
            youngest_age=22,
            oldest_age=60,
        )
    return {"requests": requests_, "reports": reports}


def test_centre_staff_group_is_created_by_migration():
    group = Group.objects.get(name="Centre staff")
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"access_admin", "view_consultationrequest", "add_monthlyreport"} <= codenames
    assert "change_consultationrequest" not in codenames


def test_ensure_centre_staff_group_gives_the_roles_permissions():
    from resource_centers.roles import CENTRE_STAFF_PERMISSIONS, ensure_centre_staff_group

    group = ensure_centre_staff_group()
    assert ensure_centre_staff_group() == group  # safe to call again
    held = set(group.permissions.values_list("content_type__app_label", "codename"))
    assert set(CENTRE_STAFF_PERMISSIONS) <= held  # Wagtail's migrations add choosers too


def test_request_list_shows_only_own_centre_without_personal_data_in_the_list(client, staff, rows):
    client.force_login(staff["a"])
    html = client.get(reverse("consultation_requests:index")).content.decode()
    assert reverse("consultation_requests:inspect", args=[rows["requests"]["a"].pk]) in html
    assert reverse("consultation_requests:inspect", args=[rows["requests"]["b"].pk]) not in html
    assert "Name-b" not in html


@pytest.mark.parametrize("action", ["inspect", "delete", "history"])
def test_request_urls_answer_for_own_centre_and_404_for_the_other(client, staff, rows, action):
    for key, other in (("a", "b"), ("b", "a")):
        client.force_login(staff[key])
        own = client.get(
            reverse(f"consultation_requests:{action}", args=[rows["requests"][key].pk])
        )
        assert own.status_code == 200
        foreign = status(
            client, reverse(f"consultation_requests:{action}", args=[rows["requests"][other].pk])
        )
        assert foreign == 404


def test_request_usage_needs_a_permission_staff_do_not_have(client, staff, rows):
    client.force_login(staff["a"])
    own = client.get(reverse("consultation_requests:usage", args=[rows["requests"]["a"].pk]))
    assert own.status_code == 302 and own["Location"] == "/admin/"
    foreign = reverse("consultation_requests:usage", args=[rows["requests"]["b"].pk])
    assert status(client, foreign) == 404


def test_inspect_shows_the_contact_to_own_staff(client, staff, rows):
    client.force_login(staff["a"])
    html = client.get(
        reverse("consultation_requests:inspect", args=[rows["requests"]["a"].pk])
    ).content.decode()
    assert "Name-a" in html and "+7 701 000 00 07" in html


def test_staff_cannot_delete_another_centres_request_by_post(client, staff, rows):
    client.force_login(staff["a"])
    assert (
        status(
            client, reverse("consultation_requests:delete", args=[rows["requests"]["b"].pk]), "post"
        )
        == 404
    )
    assert ConsultationRequest.objects.filter(pk=rows["requests"]["b"].pk).exists()
    client.post(reverse("consultation_requests:delete", args=[rows["requests"]["a"].pk]))
    assert not ConsultationRequest.objects.filter(pk=rows["requests"]["a"].pk).exists()


def test_requests_cannot_be_edited_or_created_by_staff(client, staff, rows):
    client.force_login(staff["a"])
    for url in [
        reverse("consultation_requests:edit", args=[rows["requests"]["a"].pk]),
        reverse("consultation_requests:edit", args=[rows["requests"]["b"].pk]),
        reverse("consultation_requests:add"),
    ]:
        response = client.get(url)
        # Wagtail answers a missing permission by sending the user back to the dashboard.
        assert response.status_code == 302 and response["Location"] == "/admin/"
        assert "Name-" not in client.get(url, follow=True).content.decode()


@pytest.mark.parametrize("action", ["edit", "delete", "inspect", "history", "usage"])
def test_report_urls_answer_for_own_centre_and_404_for_the_other(client, staff, rows, action):
    for key, other in (("a", "b"), ("b", "a")):
        client.force_login(staff[key])
        own = client.get(reverse(f"monthly_reports:{action}", args=[rows["reports"][key].pk]))
        foreign = status(
            client, reverse(f"monthly_reports:{action}", args=[rows["reports"][other].pk])
        )
        if action == "delete":  # staff may not delete figures at all
            assert own.status_code == 302 and own["Location"] == "/admin/"
            assert foreign in (200, 404)  # the dashboard, or not found
        else:
            assert own.status_code == 200
            assert foreign == 404


def test_report_list_is_scoped(client, staff, rows):
    client.force_login(staff["b"])
    html = client.get(reverse("monthly_reports:index")).content.decode()
    assert reverse("monthly_reports:edit", args=[rows["reports"]["b"].pk]) in html
    assert reverse("monthly_reports:edit", args=[rows["reports"]["a"].pk]) not in html


def test_staff_cannot_move_a_report_to_another_centre(client, staff, rows, centre_site):
    client.force_login(staff["a"])
    url = reverse("monthly_reports:edit", args=[rows["reports"]["a"].pk])
    html = client.get(url).content.decode()
    assert f'value="{centre_site["centres"]["b"].pk}"' not in html
    response = client.post(
        url,
        {
            "centre": centre_site["centres"]["b"].pk,
            "month": "2019-07-01",
            "applied": 5,
            "about_divorce": 4,
            "reconciled": 1,
            "with_children": 3,
            "raised_residence": 1,
            "youngest_age": 30,
            "oldest_age": 40,
        },
    )
    assert response.status_code == 200  # the form refuses the choice
    rows["reports"]["a"].refresh_from_db()
    assert rows["reports"]["a"].centre == centre_site["centres"]["a"]


REPORT = {
    "month": "2019-07-15",
    "applied": 20,
    "about_divorce": 18,
    "reconciled": 6,
    "with_children": 12,
    "raised_residence": 8,
    "youngest_age": 21,
    "oldest_age": 70,
}


def test_staff_enters_a_report_for_their_centre(client, staff, centre_site):
    client.force_login(staff["a"])
    response = client.post(
        reverse("monthly_reports:add"), {**REPORT, "centre": centre_site["centres"]["a"].pk}
    )
    assert response.status_code == 302
    report = MonthlyReport.objects.get()
    assert report.month == dt.date(2019, 7, 1)
    assert report.centre == centre_site["centres"]["a"]


def test_staff_cannot_add_a_report_for_another_centre(client, staff, centre_site):
    client.force_login(staff["a"])
    response = client.post(
        reverse("monthly_reports:add"), {**REPORT, "centre": centre_site["centres"]["b"].pk}
    )
    assert response.status_code == 200
    assert not MonthlyReport.objects.exists()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"about_divorce": 21}, "Обратившихся по вопросу развода не может быть больше"),
        ({"reconciled": 19}, "Согласившихся на примирение не может быть больше"),
        ({"with_children": 25}, "Людей с детьми не может быть больше"),
        ({"raised_residence": 13}, "Поднявших вопрос о месте жительства детей"),
        ({"youngest_age": 15}, "Возраст должен быть от 16 до 110"),
        ({"oldest_age": 111}, "Возраст должен быть от 16 до 110"),
        ({"month": "2019-06-03"}, "У этого центра уже есть отчёт за этот месяц"),
    ],
)
def test_impossible_figures_are_refused_with_translated_messages(
    client, staff, rows, centre_site, change, message
):
    from django.utils import translation
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(staff["a"])
    profile.preferred_language = "ru"
    profile.save()
    client.force_login(staff["a"])
    with translation.override("ru"):
        response = client.post(
            reverse("monthly_reports:add"),
            {**REPORT, "centre": centre_site["centres"]["a"].pk, **change},
        )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert MonthlyReport.objects.count() == 2


def test_user_without_membership_sees_nothing(client, rows, django_user_model):
    user = django_user_model.objects.create_user("lonely", password="x-123-pass")
    user.groups.add(Group.objects.get(name="Centre staff"))
    client.force_login(user)
    html = client.get(reverse("consultation_requests:index")).content.decode()
    assert "inspect" not in html or str(rows["requests"]["a"].pk) not in html
    assert (
        status(client, reverse("consultation_requests:inspect", args=[rows["requests"]["a"].pk]))
        == 404
    )


def test_membership_form_offers_the_source_pages_only(client, centre_site, django_user_model):
    admin = django_user_model.objects.create_superuser("root", password="pw-root-123")
    client.force_login(admin)
    html = client.get(reverse("centre_memberships:add")).content.decode()
    assert f'value="{centre_site["centres"]["a"].pk}"' in html
    ru = centre_site["centres"]["a"].get_translation(Locale.objects.get(language_code="ru"))
    assert f'value="{ru.pk}"' not in html
