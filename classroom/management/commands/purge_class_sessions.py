"""Close class sessions a day old: their nicknames and answers are deleted, the counts stay."""

from django.core.management.base import BaseCommand

from classroom.models import ClassSession, Pupil


class Command(BaseCommand):
    help = (
        "Close class sessions that started more than 24 hours ago (deleting pupils' nicknames "
        "and answers, keeping anonymous counts), and delete any pupil left in a closed session."
    )

    def handle(self, *args, **options):
        expired = list(ClassSession.objects.expired_open())
        for session in expired:
            session.close()
        stray, _ = Pupil.objects.filter(session__closed_at__isnull=False).delete()
        self.stdout.write(
            f"Closed {len(expired)} expired class session(s); deleted {stray} stray row(s)."
        )
