"""Tell the apps above (the registry API's webhooks) about assignments that just went overdue.

Overdue is derived from the due date (nothing changes in the row), so this daily command sends
`assignment_overdue` once per assignment; the webhook event is kept per assignment, so a second
run sends nothing twice. Run it daily from cron, after midnight."""

from django.core.management.base import BaseCommand

from registry_offices import signals
from registry_offices.models import CourseAssignment, WebhookEvent


class Command(BaseCommand):
    help = "Send assignment_overdue for open assignments past their due date (once each)."

    def handle(self, *args, **options) -> None:
        told = WebhookEvent.objects.filter(subject__endswith=":overdue").values_list(
            "subject", flat=True
        )
        known = set(told)
        sent = 0
        overdue = CourseAssignment.objects.overdue().select_related("application__office")
        for assignment in overdue.iterator(chunk_size=500):
            if f"assignment:{assignment.pk}:overdue" in known:
                continue
            signals.assignment_overdue.send(CourseAssignment, assignment=assignment)
            sent += 1
        self.stdout.write(f"overdue: {sent}")
