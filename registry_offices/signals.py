"""What registry offices tell the apps above them, by name (they must not import those apps)."""

from django.dispatch import Signal

# application_ids: the applications whose couples' personal data was just removed. Sent inside
# the purge's transaction (not on commit): what the listeners remove goes in the same commit.
applications_anonymised = Signal()

# assignment: a course assignment just cancelled (by a clerk or a registry system). On commit.
assignment_cancelled = Signal()
# assignment: an open assignment found past its due date by `manage.py find_overdue_assignments`
# (once per assignment). On commit.
assignment_overdue = Signal()
