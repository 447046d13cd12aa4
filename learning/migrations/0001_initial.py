"""The learner's models move here from `courses` with their tables and rows as they are.

State only: the tables `courses_enrollment`, `courses_lessoncompletion` and `courses_quizattempt`
already exist (courses 0004) and keep their names and rows; the content types (and any permission
granted on them) are relabelled from `courses` to `learning`.
"""

import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models

MODELS = ["enrollment", "lessoncompletion", "quizattempt"]


def relabel_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    if not ContentType.objects.filter(app_label="learning", model__in=MODELS).exists():
        ContentType.objects.filter(app_label="courses", model__in=MODELS).update(
            app_label="learning"
        )


def restore_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="learning", model__in=MODELS).update(app_label="courses")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("courses", "0005_learning_moves_out"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name="Enrollment",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("learner_key", models.UUIDField(db_index=True, verbose_name="learner key")),
                        (
                            "started_at",
                            models.DateTimeField(
                                default=django.utils.timezone.now, verbose_name="started at"
                            ),
                        ),
                        (
                            "last_seen_at",
                            models.DateTimeField(
                                default=django.utils.timezone.now, verbose_name="last seen at"
                            ),
                        ),
                        (
                            "study_seconds",
                            models.PositiveIntegerField(default=0, verbose_name="study time (seconds)"),
                        ),
                        (
                            "completed_at",
                            models.DateTimeField(blank=True, null=True, verbose_name="completed at"),
                        ),
                        (
                            "course",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="enrollments",
                                to="courses.coursepage",
                                verbose_name="course",
                            ),
                        ),
                        (
                            "last_lesson",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to="courses.lessonpage",
                                verbose_name="last lesson opened",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "courses_enrollment",
                        "verbose_name": "enrolment",
                        "verbose_name_plural": "enrolments",
                    },
                ),
                migrations.CreateModel(
                    name="LessonCompletion",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        (
                            "completed_at",
                            models.DateTimeField(
                                default=django.utils.timezone.now, verbose_name="completed at"
                            ),
                        ),
                        (
                            "enrollment",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="completions",
                                to="learning.enrollment",
                            ),
                        ),
                        (
                            "lesson",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to="courses.lessonpage",
                                verbose_name="lesson",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "courses_lessoncompletion",
                        "verbose_name": "finished lesson",
                        "verbose_name_plural": "finished lessons",
                    },
                ),
                migrations.CreateModel(
                    name="QuizAttempt",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("quiz_id", models.CharField(max_length=64, verbose_name="quiz block id")),
                        ("score_percent", models.PositiveSmallIntegerField(verbose_name="score (%)")),
                        ("passed", models.BooleanField(verbose_name="passed")),
                        ("answers", models.JSONField(default=dict, verbose_name="answers")),
                        (
                            "created_at",
                            models.DateTimeField(
                                default=django.utils.timezone.now, verbose_name="submitted at"
                            ),
                        ),
                        (
                            "enrollment",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="attempts",
                                to="learning.enrollment",
                            ),
                        ),
                        (
                            "lesson",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to="courses.lessonpage",
                                verbose_name="lesson",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "courses_quizattempt",
                        "verbose_name": "quiz attempt",
                        "verbose_name_plural": "quiz attempts",
                        "ordering": ["created_at", "id"],
                    },
                ),
                migrations.AddConstraint(
                    model_name="enrollment",
                    constraint=models.UniqueConstraint(
                        fields=("course", "learner_key"), name="one_enrollment_per_learner_and_course"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="lessoncompletion",
                    constraint=models.UniqueConstraint(
                        fields=("enrollment", "lesson"), name="one_completion_per_lesson"
                    ),
                ),
    
            ],
        ),
        migrations.RunPython(relabel_content_types, restore_content_types),
    ]
