"""The survey's comments, for moderators: analysts read them in the admin (a list, never an edit),
clerks do not see them at all, and the list costs the same queries for 3 answers as for 30."""

import datetime

import pytest

from learning.models import Feedback

pytestmark = pytest.mark.django_db

URL = "/admin/course-feedback/"


def _answers(course, office, count: int, comment: str = "Көбірек мысал керек") -> None:
    Feedback.objects.bulk_create(
        Feedback(
            course=course,
            office=office,
            month=datetime.date(2026, 10, 1),
            language="kk",
            usefulness=4,
            clarity=5,
            would_recommend=True,
            missing=["examples"],
            comment=f"{comment} {n}",
        )
        for n in range(count)
    )


def test_an_analyst_reads_the_comments_and_cannot_change_them(client, analyst, office_a, short):
    _answers(short, office_a.office, 3)
    client.force_login(analyst)
    html = client.get(URL).content.decode()
    assert "Көбірек мысал керек 2" in html and "astana" in html.lower()
    assert "More real-life examples" in html  # what was missing, in words
    assert f'href="{URL}new/"' not in html and "/edit/" not in html
    assert client.get(f"{URL}new/").status_code == 404  # no add view at all
    answer = Feedback.objects.first()
    assert client.post(f"{URL}delete/{answer.pk}/").status_code == 404
    assert Feedback.objects.count() == 3


def test_the_list_speaks_kazakh(client, analyst, office_a, short):
    from tests import factories

    _answers(short, office_a.office, 1)
    factories.set_admin_language(analyst, "kk")
    client.force_login(analyst)
    html = client.get(URL).content.decode()
    assert "Курс туралы пікірлер" in html and "Course feedback" not in html


def test_a_clerk_never_sees_the_comments(client, office_a, short):
    _answers(short, office_a.office, 1)
    client.force_login(office_a.clerk)
    response = client.get(URL)
    assert response.status_code in (302, 403)
    assert "Көбірек мысал керек" not in response.content.decode()


def test_the_list_costs_the_same_queries_for_more_answers(
    client, analyst, office_a, short, django_assert_max_num_queries
):
    client.force_login(analyst)
    _answers(short, office_a.office, 3)
    client.get(URL)
    with django_assert_max_num_queries(18) as few:
        client.get(URL)
    _answers(short, office_a.office, 30, comment="Тағы")
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert "Тағы 29" in client.get(URL).content.decode()


def test_the_list_is_in_the_main_menu_with_no_detail_page():
    """A read-only viewset like the security log's, but in the main menu, not under Settings."""
    from django.urls import NoReverseMatch, reverse
    from wagtail import hooks

    def urls(hook: str) -> set[str]:
        return {make().url for make in hooks.get_hooks(hook)}

    assert reverse("course-feedback:index") == URL  # loads the admin's URLs and viewsets
    assert URL in urls("register_admin_menu_item")
    assert URL not in urls("register_settings_menu_item")
    for name in ("inspect", "add", "edit", "delete"):
        with pytest.raises(NoReverseMatch):
            reverse(f"course-feedback:{name}", args=[1])
