"""Who sees which office: every clerk-facing query starts here.

A clerk of one office cannot reach another office's rows whatever URL they type, because every
screen fetches through `applications_for_user` / `assignments_for_user` (and the certificates
app's `certificates_for_user`, built on the latter).
"""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import QuerySet

from .models import (
    CourseAssignment,
    MarriageApplication,
    OfficeMembership,
    RegistryOffice,
)

User = AbstractBaseUser | AnonymousUser


def office_ids_for_user(user: User) -> QuerySet:
    """The offices a user works at, as a subquery (no extra round trip)."""
    return OfficeMembership.objects.filter(user_id=user.pk).values("office_id")


def office_id_list(user: User) -> list[int]:
    """The offices a user works at, read once per request (kept on the user object): as a list
    the database walks an office-first index for each, where a subquery is planned as a join."""
    cached = getattr(user, "_registry_office_ids", None)
    if cached is None:
        cached = list(office_ids_for_user(user).values_list("office_id", flat=True))
        user._registry_office_ids = cached
    return cached


def offices_for_user(user: User) -> QuerySet[RegistryOffice]:
    if not user.is_authenticated:
        return RegistryOffice.objects.none()
    if user.is_superuser:
        return RegistryOffice.objects.all()
    return RegistryOffice.objects.filter(pk__in=office_ids_for_user(user))


def applications_for_user(user: User) -> QuerySet[MarriageApplication]:
    """The applications a user may open: their offices' only (all of them for a superuser)."""
    if not user.is_authenticated:
        return MarriageApplication.objects.none()
    if user.is_superuser:
        return MarriageApplication.objects.all()
    return MarriageApplication.objects.filter(office_id__in=office_ids_for_user(user))


def listed_applications_for_user(user: User) -> QuerySet[MarriageApplication]:
    """As `applications_for_user`, with the user's offices read first (one small query): with
    their ids as a list the database walks the (office, application date) index in the list's
    order, where the subquery made it sort every application of the office (at 10,000 that sort
    was most of the applications list's query time)."""
    if not user.is_authenticated or user.is_superuser:
        return applications_for_user(user)
    return MarriageApplication.objects.filter(office_id__in=office_id_list(user))


def assignments_for_user(user: User) -> QuerySet[CourseAssignment]:
    if not user.is_authenticated:
        return CourseAssignment.objects.none()
    if user.is_superuser:
        return CourseAssignment.objects.all()
    return CourseAssignment.objects.filter(application__office_id__in=office_ids_for_user(user))


def sees_all_offices(user: User) -> bool:
    """Ministry analysts (and administrators) see every office's aggregate figures."""
    return user.is_authenticated and (
        user.is_superuser or user.has_perm("registry_offices.view_all_offices_report")
    )


def report_offices_for_user(user: User) -> QuerySet[RegistryOffice]:
    """Offices whose figures a user may see: every office for analysts, else their own."""
    if sees_all_offices(user):
        return RegistryOffice.objects.all()
    if user.is_authenticated and user.has_perm("registry_offices.view_office_report"):
        return offices_for_user(user)
    return RegistryOffice.objects.none()
