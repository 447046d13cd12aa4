"""Queue today's reminders: run daily from cron; a second run the same day sends nothing more."""

from django.core.management.base import BaseCommand

from notices import planning, tasks


class Command(BaseCommand):
    help = (
        "Remind each partner who agreed to notices and has not finished their course, "
        "N days before the due date (N per office); each partner is reminded once."
    )

    def handle(self, *args, **options) -> None:
        queued = tasks.queue(planning.plan_reminders())
        self.stdout.write(f"{queued} reminder(s) queued.")
