"""Which certificates a user may open: those of their offices' assignments (all for a superuser)."""

from django.db.models import QuerySet

from registry_offices.scoping import User, assignments_for_user

from .models import Certificate


def certificates_for_user(user: User) -> QuerySet[Certificate]:
    return Certificate.objects.filter(assignment__in=assignments_for_user(user)).select_related(
        "course", "office", "assignment__application"
    )
