"""Rows for the evaluation tests: applications and assignments made in bulk in a given month."""

import datetime

from django.utils import timezone

from registry_offices import tallies
from registry_offices.models import CourseAssignment, MarriageApplication


def at(day: datetime.date, hour: int = 10) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, 0)))


def couples(
    office, course, day: datetime.date, count: int, completed: int = 0, prefix: str = ""
) -> None:
    """`count` applications on `day`, each assigned `course`; the first `completed` finished
    three days later."""
    applications = MarriageApplication.objects.bulk_create(
        [
            MarriageApplication(
                office=office,
                number=f"{prefix or office.code}-{day:%y%m%d}-{n}",
                application_date=day,
                planned_registration_date=day + datetime.timedelta(days=30),
            )
            for n in range(count)
        ]
    )
    state = CourseAssignment.State
    CourseAssignment.objects.bulk_create(
        [
            CourseAssignment(
                application=application,
                course=course,
                due_date=day + datetime.timedelta(days=25),
                state=state.COMPLETED if n < completed else state.ASSIGNED,
                created_at=at(day),
                completed_at=at(day + datetime.timedelta(days=3)) if n < completed else None,
            )
            for n, application in enumerate(applications)
        ]
    )
    # Bulk rows bypass the verbs that keep the report tallies.
    tallies.rebuild()
