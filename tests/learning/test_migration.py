"""A database made before the `learning` app existed migrates forward with every row kept."""

import pytest
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from certificates.models import Certificate
from learning.models import Enrollment, LessonCompletion, QuizAttempt
from learning.progress import lessons_of
from tests.factories import certified

BEFORE = [("learning", None), ("courses", "0004_learning")]  # main before the move


def _migrate(targets) -> MigrationExecutor:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets or executor.loader.graph.leaf_nodes())
    return executor


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_learners_attempts_and_certificates_survive_the_move(couple, short, django_user_model):
    certificate = certified(couple, short)
    enrollment_count = Enrollment.objects.count()
    try:
        executor = _migrate(BEFORE)
        old = executor.loader.project_state([("courses", "0004_learning")]).apps
        # Rows written by the old code, through the old models of `courses`.
        OldEnrollment = old.get_model("courses", "Enrollment")
        OldAttempt = old.get_model("courses", "QuizAttempt")
        OldCompletion = old.get_model("courses", "LessonCompletion")
        lesson_id = lessons_of(short)[0].pk
        learner = OldEnrollment.objects.create(
            course_id=short.pk,
            learner_key="6f1c3c1e-4d2a-4c8e-9a57-0f6f7e1d2b3a",
            study_seconds=1234,
        )
        OldCompletion.objects.create(enrollment=learner, lesson_id=lesson_id)
        OldAttempt.objects.create(
            enrollment=learner,
            lesson_id=lesson_id,
            quiz_id="quiz-1",
            score_percent=80,
            passed=True,
            answers={"q": ["a"]},
        )
        # A permission given on the old content type must stay given.
        old_type = ContentType.objects.get(app_label="courses", model="quizattempt")
        permission = Permission.objects.get(content_type=old_type, codename="view_quizattempt")
        analyst = django_user_model.objects.create_user("migration-analyst")
        analyst.user_permissions.add(permission)
    finally:
        _migrate(None)

    moved = Enrollment.objects.get(learner_key="6f1c3c1e-4d2a-4c8e-9a57-0f6f7e1d2b3a")
    assert moved.study_seconds == 1234
    assert LessonCompletion.objects.filter(enrollment=moved, lesson_id=lesson_id).exists()
    attempt = QuizAttempt.objects.get(enrollment=moved)
    assert (attempt.score_percent, attempt.passed, attempt.answers) == (80, True, {"q": ["a"]})
    assert Enrollment.objects.count() == enrollment_count + 1
    assert Certificate.objects.get(pk=certificate.pk).code == certificate.code
    assert ContentType.objects.get_for_model(QuizAttempt).app_label == "learning"
    analyst = django_user_model.objects.get(username="migration-analyst")
    assert analyst.has_perm("learning.view_quizattempt")
