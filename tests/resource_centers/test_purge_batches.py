"""Purging old consultation requests holds its locks briefly: a batch is a fixed number of
statements however many requests it deletes (no per-row reference-index clean-up), and nothing
of a purged request stays behind in Wagtail's reference index."""

import datetime as dt
import io

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import ReferenceIndex

from resource_centers.models import ConsultationRequest

pytestmark = pytest.mark.django_db


def old_requests(centre, count: int) -> None:
    for n in range(count):
        ConsultationRequest.objects.create(
            centre=centre,
            name=f"Name {n}",
            contact=f"+7 701 000 {n:04d}",
            topic="legal",
            preferred_language="ru",
            consent=True,
        )
    ConsultationRequest.objects.update(created_at=timezone.now() - dt.timedelta(days=120))


def purge_statements() -> int:
    with CaptureQueriesContext(connection) as ctx:
        call_command("purge_consultation_requests", "--batch", "100", stdout=io.StringIO())
    assert not ConsultationRequest.objects.exists()
    return len(ctx.captured_queries)


def test_a_batch_is_a_fixed_number_of_statements(centre_site):
    centre = centre_site["centres"]["a"]
    old_requests(centre, 1)
    purge_statements()  # the content type looked up once (Django keeps it)
    old_requests(centre, 3)
    few = purge_statements()
    old_requests(centre, 40)
    many = purge_statements()
    assert many == few


def test_a_request_is_not_in_the_reference_index_and_older_entries_go_with_it(centre_site):
    centre = centre_site["centres"]["a"]
    old_requests(centre, 2)
    kind = ContentType.objects.get_for_model(ConsultationRequest)
    assert not ReferenceIndex.objects.filter(base_content_type=kind).exists()
    # An entry made before requests were kept out of the index is removed by the purge.
    request = ConsultationRequest.objects.first()
    ReferenceIndex.objects.create(
        content_type=kind,
        base_content_type=kind,
        object_id=str(request.pk),
        to_content_type=ContentType.objects.get_for_model(type(centre)),
        to_object_id=str(centre.pk),
        model_path="centre",
        content_path="centre",
        content_path_hash=ReferenceIndex._get_content_path_hash("centre"),
    )
    purge_statements()
    assert not ReferenceIndex.objects.filter(base_content_type=kind).exists()
