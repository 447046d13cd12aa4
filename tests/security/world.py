"""The data of the access-matrix tests: two offices and two centres, each with its staff,
couples, a certificate, requests, figures and history, beside the content and media that
editors work on; built once (a shared-data layer) and described as plain ids and marker strings.

Marker strings are what must never reach a user of the *other* office or centre: application
numbers, partners' surnames, requesters' names, staff usernames, a centre's name.
"""

from __future__ import annotations

import datetime
import io

from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Collection, Locale, Page, Site, Task
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from classroom.models import ClassSession, Pupil
from classroom.roles import ensure_teachers_group
from courses.models import CoursePage
from home import demo
from home.models import FooterText
from registry_offices.models import CourseAssignment
from registry_offices.roles import ensure_roles
from resource_centers import demo as centres_demo
from resource_centers.models import CentreMembership, ConsultationRequest, MonthlyReport
from resource_centers.roles import ensure_centre_staff_group
from tests import factories
from tests.resource_centers.conftest import make_centre

# What each side's people and rows are called: unique strings, so a match is a leak.
SIDES = {
    "a": {
        "office": ("astana-1", "astana"),
        "numbers": ("AST-4101", "AST-4102"),
        "partners": (
            ("Нұрлан Сейітқали", "Айгерім Әбдіқалықова"),
            ("Ерлан Жұмабаев", "Әсел Жұмабаева"),
        ),
        "centre": ("centre-shugyla", "Шұғыла отбасы орталығы"),
        "requester": "Гүлжан Өтепбергенова",
        "staff": "staff-shugyla",
        "pupil": "Жанерке-оқушы",
    },
    "b": {
        "office": ("almaty-1", "almaty"),
        "numbers": ("ALM-5201", "ALM-5202"),
        "partners": (
            ("Дархан Тлеужанов", "Меруерт Қуанышбекова"),
            ("Бауыржан Оспанов", "Ләззат Оспанова"),
        ),
        "centre": ("centre-samal", "Самал отбасы орталығы"),
        "requester": "Зарина Байтұрсынова",
        "staff": "staff-samal",
        "pupil": "Мирас-оқушы",
    },
}


def surnames(side: str) -> list[str]:
    return [name.split()[-1] for pair in SIDES[side]["partners"] for name in pair]


def office_markers(side: str) -> list[str]:
    """The personal data of an office: application numbers, surnames, its staff's usernames."""
    code = SIDES[side]["office"][0]
    return [*SIDES[side]["numbers"], *surnames(side), f"clerk-{code}", f"head-{code}"]


def centre_markers(side: str) -> list[str]:
    """The personal data of a centre: a requester's name and its staff's username."""
    return [SIDES[side]["requester"], SIDES[side]["staff"]]


def teacher_markers(side: str) -> list[str]:
    """What a teacher's class session holds: a pupil's nickname and the teacher's username."""
    return [SIDES[side]["pupil"], f"teacher-{SIDES[side]['office'][0]}"]


def png() -> ImageFile:
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), (200, 120, 40)).save(buffer, "PNG")
    return ImageFile(buffer, name="matrix.png")


def _user(username: str, *groups: Group, superuser: bool = False):
    User = get_user_model()
    if superuser:
        user = User.objects.create_superuser(username, password="pw-" + username)
    else:
        user = User.objects.create_user(username, password="pw-" + username)
    user.groups.add(*groups)
    factories.set_admin_language(user, "en")
    return user


def build() -> dict:
    """Everything the matrix reads; returns ids only (see tests/shared_data.py)."""
    User = get_user_model()
    homes = demo.ensure_home_translations(demo.ensure_site())
    about = demo.standard_page(homes, "about", demo.ABOUT_TEXT)
    demo.ensure_footer()
    demo.ensure_site_settings(Site.objects.get(is_default_site=True))
    course = factories.make_course(homes)
    directory = centres_demo.ensure_directory(homes)

    ids: dict = {"users": {}, "a": {}, "b": {}}
    roles = ensure_roles()
    centre_group = ensure_centre_staff_group()
    teachers_group = ensure_teachers_group()
    ids["users"]["admin"] = _user("matrix-admin", superuser=True).pk
    ids["users"]["editor"] = _user("matrix-editor", Group.objects.get(name="Editors")).pk
    ids["users"]["moderator"] = _user("matrix-moderator", Group.objects.get(name="Moderators")).pk
    ids["users"]["analyst"] = _user("matrix-analyst", roles["Ministry analysts"]).pk
    ids["users"]["nobody"] = _user("matrix-nobody").pk

    for side, spec in SIDES.items():
        mine = ids[side]
        office = factories.make_office(User, *spec["office"])
        mine["office"] = office.office.pk
        ids["users"][f"clerk_{side}"] = office.clerk.pk
        ids["users"][f"head_{side}"] = office.head.pk
        applications = []
        for number, names in zip(spec["numbers"], spec["partners"], strict=True):
            application = factories.make_application(office.office, number, names=names)
            applications.append(application)
            log(application, "wagtail.create", user=office.clerk)
        mine["application"] = applications[0].pk
        mine["application_plain"] = applications[1].pk
        due = timezone.localdate() + datetime.timedelta(days=10)
        issued = CourseAssignment.objects.assign(applications[0], course, due, office.clerk)
        accesses = list(issued.assignment.accesses.order_by("partner__sort_order"))
        couple = factories.Couple(applications[0], issued.assignment, [], accesses)
        certificate = factories.certified(couple, course)
        certificate.accept(office.clerk)
        mine["assignment"] = issued.assignment.pk
        mine["access"] = accesses[0].pk
        mine["partner"] = accesses[0].partner_id
        mine["certificate"] = certificate.pk
        mine["certificate_code"] = certificate.display_code
        mine["membership"] = office.office.memberships.get(user=office.clerk).pk

        slug, title = spec["centre"]
        centre = make_centre(directory, slug, spec["office"][1], title=title)
        mine["centre"] = centre.pk
        staff = _user(spec["staff"], centre_group)
        ids["users"][f"centre_{side}"] = staff.pk
        mine["centre_membership"] = CentreMembership.objects.create(user=staff, centre=centre).pk
        request = ConsultationRequest.objects.create(
            centre=centre,
            name=spec["requester"],
            contact="+7 701 000 00 00",
            topic="communication",
            preferred_language="kk",
            consent=True,
        )
        mine["request"] = request.pk
        report = MonthlyReport.objects.create(
            centre=centre,
            month=datetime.date(2026, 1, 1),
            applied=10,
            about_divorce=8,
            reconciled=3,
            with_children=6,
            raised_residence=2,
        )
        log(report, "wagtail.create", user=staff)
        log(report, "wagtail.edit", user=staff)
        mine["monthly_report"] = report.pk

        teacher = _user(f"teacher-{spec['office'][0]}", teachers_group)
        ids["users"][f"teacher_{side}"] = teacher.pk
        session = ClassSession.objects.start(teacher, course.get_children().first().specific)
        Pupil.objects.create(session=session, nickname=spec["pupil"])
        mine["class_session"] = session.pk

    editor = User.objects.get(pk=ids["users"]["editor"])
    moderator = User.objects.get(pk=ids["users"]["moderator"])
    admin = User.objects.get(pk=ids["users"]["admin"])
    # Content in moderation: an editor's change waiting for the moderators, a locked page.
    course.title = course.title + " (draft)"
    revision = course.save_revision(user=editor, log_action=True)
    workflow = course.get_workflow()
    workflow_state = workflow.start(course, editor)
    about_kk = about["kk"]
    about_kk.locked, about_kk.locked_by, about_kk.locked_at = True, moderator, timezone.now()
    about_kk.save()
    log(about_kk, "wagtail.lock", user=moderator)

    collection = Collection.get_first_root_node().add_child(name="Matrix media")
    image = get_image_model().objects.create(
        title="Matrix image", file=png(), collection=collection
    )
    document = get_document_model().objects.create(
        title="Matrix document",
        file=ContentFile(b"handout", name="matrix.txt"),
        collection=collection,
    )
    log(image, "wagtail.create", user=editor)
    redirect = Redirect.objects.create(old_path="/matrix-old", redirect_link="/kk/")
    source, _ = TranslationSource.get_or_create_from_instance(about_kk)
    # The demo already translates the page through wagtail-localize (home/demo_localize.py).
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=Locale.objects.get(language_code="ru")
    )
    segment = StringSegment.objects.filter(source=source).first()

    attempt = AccessAttempt.objects.create(
        username="someone-locked", ip_address="192.0.2.1", user_agent="", failures_since_start=5
    )
    ids["shared"] = {
        "login_attempt": attempt.pk,
        "admin_user": admin.pk,
        "page": course.pk,
        "lesson": course.get_children().first().pk,
        "course_index": course.get_parent().pk,
        "home": homes["kk"].pk,
        "directory": directory["kk"].pk,
        "revision": revision.pk,
        "workflow": workflow.pk,
        "workflow_state": workflow_state.pk,
        "task": Task.objects.filter(workflow_tasks__workflow=workflow).first().pk,
        "task_state": workflow_state.current_task_state.pk,
        "collection": collection.pk,
        "image": image.pk,
        "document": document.pk,
        "redirect": redirect.pk,
        "translation_source": source.pk,
        "translation": translation.pk,
        "string_segment": segment.pk if segment else None,
        "footer": FooterText.objects.order_by("pk").first().pk,
        "site": Site.objects.get(is_default_site=True).pk,
        "locale": Locale.objects.get(language_code="ru").pk,
        "group": Group.objects.get(name="Editors").pk,
        "course_page_type": CoursePage._meta.label_lower,
        "root": Page.get_first_root_node().pk,
    }
    return ids
