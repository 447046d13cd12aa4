"""The applications list: find by name or full IIN (posted), search by number or last four; filters."""

import datetime
import re

import pytest
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from registry_offices.models import CourseAssignment
from tests.factories import ADULT, ADULT_2, iin_for, make_application, set_admin_language

pytestmark = pytest.mark.django_db


@pytest.fixture
def listed(office_a, course):
    today = timezone.localdate()
    first_iin = iin_for(ADULT, serial=4321)
    a = make_application(office_a.office, "AST-100", names=("Дәурен Тоқтаров", "Анна Смирнова"))
    b = make_application(
        office_a.office,
        "AST-200",
        names=("Ерлан Жақсыбеков", "Әсел Бекова"),
        iins=(first_iin, None),
    )
    c = make_application(office_a.office, "AST-300", names=("Максим Ли", "Ольга Волкова"))
    CourseAssignment.objects.assign(a, course, today + datetime.timedelta(days=5), office_a.clerk)
    issued = CourseAssignment.objects.assign(
        b, course, today + datetime.timedelta(days=5), office_a.clerk
    )
    CourseAssignment.objects.filter(pk=issued.assignment.pk).update(
        due_date=today - datetime.timedelta(days=2)
    )
    return {"a": a, "b": b, "c": c, "iin": first_iin}


def _numbers(client, **params) -> set[str]:
    response = client.get(reverse("applications:index"), params)
    assert response.status_code == 200
    return {application.number for application in response.context["object_list"]}


def _found(client, query: str) -> set[str]:
    """What "Find a couple" (a POST) lists; the redirect's URL carries neither name nor IIN."""
    response = client.post(reverse("applications:find_iin"), {"query": query})
    assert response.status_code == 302
    assert query not in response.url and query.casefold() not in response.url.casefold()
    return _numbers_at(client, response.url)


def _numbers_at(client, url: str) -> set[str]:
    response = client.get(url)
    assert response.status_code == 200
    return {application.number for application in response.context["object_list"]}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("смирнова", {"AST-100"}),  # Cyrillic, any case
        ("ӘСЕЛ", {"AST-200"}),  # Kazakh letters, any case
        ("nobody", set()),
    ],
)
def test_find_a_couple_by_name_without_the_name_in_any_url(
    client, office_a, listed, query, expected
):
    client.force_login(office_a.clerk)
    assert _found(client, query) == expected


def test_the_search_box_matches_numbers_and_last_four_digits_only(client, office_a, listed):
    client.force_login(office_a.clerk)
    iin = listed["iin"]
    assert _numbers(client, q="AST-3") == {"AST-300"}
    assert _numbers(client, q=iin[-4:]) == {"AST-200"}
    # Names and full IINs are not looked up from a URL: the posted form is the way.
    assert _numbers(client, q="смирнова") == set()
    assert _numbers(client, q=iin) == set()


def test_find_a_couple_by_full_iin(client, office_a, listed):
    client.force_login(office_a.clerk)
    iin = listed["iin"]
    assert _found(client, iin) == {"AST-200"}
    assert _found(client, f"{iin[:6]} {iin[6:]}") == {"AST-200"}
    other = iin_for(ADULT_2, female=True, serial=4321)
    assert _found(client, other) == set()


def test_a_found_token_from_another_session_finds_nothing(client, office_a, listed):
    client.force_login(office_a.clerk)
    assert _numbers(client, found="made-up-token") == set()


def test_a_searched_name_is_kept_neither_in_the_url_nor_in_the_session(client, office_a, listed):
    client.force_login(office_a.clerk)
    response = client.post(reverse("applications:find_iin"), {"query": "Смирнова"})
    assert _numbers_at(client, response.url) == {"AST-100"}
    assert all("Смирнова" not in repr(s.get_decoded()) for s in Session.objects.all())
    # The token is the clerk's own: the head of the same office finds nothing with it.
    head = Client()
    head.force_login(office_a.head)
    assert _numbers_at(head, response.url) == set()


def test_filters_by_state_course_overdue_and_sorting(client, office_a, listed, course):
    client.force_login(office_a.clerk)
    assert _numbers(client, state="overdue") == {"AST-200"}
    assert _numbers(client, state="assigned") == {"AST-100"}
    assert _numbers(client, overdue="true") == {"AST-200"}
    assert _numbers(client, overdue="false") == {"AST-100", "AST-300"}
    assert _numbers(client, course=course.pk) == {"AST-100", "AST-200"}
    # Filters combine (each tests the application's own assignments, one probe apiece).
    assert _numbers(client, course=course.pk, state="assigned") == {"AST-100"}
    assert _numbers(client, course=course.pk, overdue="true") == {"AST-200"}
    assert _numbers(client, course=course.pk, state="overdue", overdue="false") == set()
    response = client.get(reverse("applications:index"), {"ordering": "-number"})
    assert [a.number for a in response.context["object_list"]] == ["AST-300", "AST-200", "AST-100"]
    html = response.content.decode()
    assert "Анна Смирнова" in html and listed["iin"] not in html


def test_filters_by_application_dates(client, office_a, listed):
    """A month's applications (the bench's "state + month"); a bad date says so, lists nothing."""
    today = timezone.localdate()
    month_ago = today - datetime.timedelta(days=31)
    listed["c"].__class__.objects.filter(pk=listed["c"].pk).update(application_date=month_ago)
    client.force_login(office_a.clerk)
    start = today.replace(day=1) if today.day > 1 else today
    assert _numbers(client, application_date_from=f"{start:%Y-%m-%d}") == {"AST-100", "AST-200"}
    assert _numbers(
        client,
        application_date_from=f"{month_ago:%Y-%m-%d}",
        application_date_to=f"{month_ago:%Y-%m-%d}",
    ) == {"AST-300"}
    assert _numbers(client, state="overdue", application_date_to=f"{month_ago:%Y-%m-%d}") == set()
    set_admin_language(office_a.clerk, "ru")
    response = client.get(reverse("applications:index"), {"application_date_from": "2026-13-45"})
    assert response.status_code == 200
    assert "Введите правильную дату." in response.content.decode()
    # The kept filter menu shows each request's own dates, not the first request's.
    _offered, menu = _filter_menu(client, application_date_from=f"{month_ago:%Y-%m-%d}")
    assert f'value="{month_ago:%Y-%m-%d}"' in menu
    _offered, menu = _filter_menu(client, application_date_from=f"{today:%Y-%m-%d}")
    assert f'value="{today:%Y-%m-%d}"' in menu and f'value="{month_ago:%Y-%m-%d}"' not in menu


def test_starting_and_completing_happen_once(office_a, listed):
    assignment = listed["a"].assignments.get()
    assert assignment.start() is True
    assert assignment.start() is False
    assert assignment.state == "in_progress" and assignment.started_at
    assert assignment.complete() is True
    assert assignment.complete() is False
    assignment.refresh_from_db()
    assert assignment.state == "completed" and assignment.completed_at


def test_the_reports_menu_leads_each_role_to_its_report(client, office_a, analyst, listed):
    client.force_login(office_a.clerk)
    response = client.get(reverse("applications:reports"))
    assert response.url == reverse("applications:report", args=[office_a.office.pk])
    client.force_login(analyst)
    response = client.get(reverse("applications:reports"))
    assert response.url == reverse("applications:report_all")
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("applications:reports") in home


def test_find_a_couple_posts_the_iin_and_filters_by_its_hash(client, office_a, listed):
    client.force_login(office_a.clerk)
    iin = listed["iin"]
    assert client.get(reverse("applications:find_iin")).status_code == 200
    response = client.post(reverse("applications:find_iin"), {"query": iin})
    assert response.status_code == 302
    assert iin not in response.url and "iin=" in response.url
    assert {a.number for a in client.get(response.url).context["object_list"]} == {"AST-200"}
    wrong = client.post(reverse("applications:find_iin"), {"query": iin[:11]})
    assert wrong.status_code == 200 and "query" in wrong.context["form"].errors
    short = client.post(reverse("applications:find_iin"), {"query": "a"})
    assert short.status_code == 200 and "query" in short.context["form"].errors
    listing = client.get(reverse("applications:index")).content.decode()
    assert reverse("applications:find_iin") in listing
    assert 'placeholder="Application number or last 4 IIN digits"' in listing


@pytest.mark.parametrize("spreadsheet_format", ["csv", "xlsx"])
def test_exports_keep_a_formula_in_a_name_as_text(client, office_a, course, spreadsheet_format):
    import io

    import openpyxl

    make_application(office_a.office, "AST-300", names=('=HYPERLINK("http://x","y")', "@SUM(A1)"))
    client.force_login(office_a.clerk)
    export = client.get(reverse("applications:index"), {"export": spreadsheet_format})
    assert export.status_code == 200
    content = b"".join(export.streaming_content)
    if spreadsheet_format == "csv":
        body = content.decode()
        assert "'=HYPERLINK" in body and ",=HYPERLINK" not in body
    else:
        sheet = openpyxl.load_workbook(io.BytesIO(content)).active
        names = [row[6] for row in sheet.iter_rows(min_row=2, values_only=True)]
        assert names == ['\'=HYPERLINK("http://x","y") & @SUM(A1)']


def test_the_report_csv_keeps_a_formula_in_a_course_title_as_text(client, office_a, course):
    course.title = "=1+1 course"
    course.save_revision().publish()
    application = make_application(office_a.office, "AST-301")
    CourseAssignment.objects.assign(
        application, course, timezone.localdate() + datetime.timedelta(days=5), office_a.clerk
    )
    client.force_login(office_a.head)
    export = client.get(reverse("applications:report_export", args=[office_a.office.pk]))
    lines = b"".join(export.streaming_content).decode().splitlines()
    assert ",'=1+1 course," in lines[1]


def _filter_menu(client, **params) -> tuple[set[str], str]:
    """The filters the menu offers (their drilldown toggles), and the menu's markup."""
    html = client.get(reverse("applications:index"), params).content.decode()
    menu = html[html.index('id="filters-drilldown"') : html.index("</form>")]
    return set(re.findall(r'aria-controls="drilldown-id_(\w+)"', menu)), menu


def test_the_filter_menu_offers_only_what_a_clerk_chooses(client, office_a, listed):
    client.force_login(office_a.clerk)
    offered, menu = _filter_menu(client)
    assert offered == {"state", "course", "overdue", "status", "application_date"}
    # "Find a couple" sets these; they go along with the form but are not filters to pick.
    assert 'type="hidden" name="iin"' in menu and 'type="hidden" name="found"' in menu
    response = client.post(reverse("applications:find_iin"), {"query": listed["iin"]})
    found = client.get(response.url).content.decode()
    digest = response.url.split("iin=")[1]
    assert f'name="iin" value="{digest}"' in found


def test_the_kept_filter_menu_follows_the_courses_choices_and_language(
    client, office_a, listed, course
):
    client.force_login(office_a.clerk)
    _offered, menu = _filter_menu(client)
    assert course.title in menu and "Course state" in menu
    _offered, chosen = _filter_menu(client, course=course.pk)
    assert f'<option value="{course.pk}" selected>' in chosen
    assert f'<option value="{course.pk}" selected>' not in _filter_menu(client)[1]
    course.title = "Отбасы мектебі"
    course.save_revision().publish()
    assert "Отбасы мектебі" in _filter_menu(client)[1]  # on the very next request
    set_admin_language(office_a.clerk, "ru")
    assert "Course state" not in _filter_menu(client)[1]
