"""What cached pages and fragments show of an office: its names (the statistics' requests by
referring office) and the centres it refers couples to (the referral block). Connected from the
app's `ready()`."""

from django.apps import apps
from django.db.models.signals import post_delete, post_save, pre_delete

from home import pagecache
from resource_centers.invalidation import forget_statistics

from . import signals, tallies, webhooks


def _assignment_data(assignment) -> dict:
    application = assignment.application
    return {
        "assignment": {
            "id": assignment.pk,
            "course": assignment.course_id,
            "due_date": assignment.due_date.isoformat(),
            "state": assignment.effective_state(),
        },
        "application": application.pk,
        "external_id": application.external_id,
    }


def publish_cancelled(sender, assignment, **kwargs) -> None:
    webhooks.publish(
        "assignment.cancelled", assignment.application.office, _assignment_data(assignment)
    )


def publish_overdue(sender, assignment, **kwargs) -> None:
    webhooks.publish(
        "assignment.overdue",
        assignment.application.office,
        _assignment_data(assignment),
        subject=f"assignment:{assignment.pk}:overdue",
    )


def uncount_assignment(sender, instance, **kwargs) -> None:
    """An assignment deleted (an application without certificates deleted with its courses)
    leaves the report tallies in the same transaction."""
    tallies.count_assignment(instance, -1)


def uncount_application(sender, instance, **kwargs) -> None:
    """An application deleted leaves its application tally in the same transaction."""
    tallies.count_application(instance, -1)


def connect() -> None:
    signals.assignment_cancelled.connect(
        publish_cancelled, dispatch_uid="registry_webhook_cancelled"
    )
    signals.assignment_overdue.connect(publish_overdue, dispatch_uid="registry_webhook_overdue")
    model = apps.get_app_config("registry_offices").get_model
    pre_delete.connect(
        uncount_assignment,
        sender=model("CourseAssignment"),
        dispatch_uid="registry_uncount_assignment",
    )
    pre_delete.connect(
        uncount_application,
        sender=model("MarriageApplication"),
        dispatch_uid="registry_uncount_application",
    )
    shown = (model("RegistryOffice"), model("OfficeResourceCentre"))
    pagecache.connect(*shown)
    for sender in shown:
        post_save.connect(forget_statistics, sender=sender, weak=False)
        post_delete.connect(forget_statistics, sender=sender, weak=False)
