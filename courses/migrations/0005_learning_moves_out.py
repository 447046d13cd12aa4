"""Enrollment, LessonCompletion and QuizAttempt now belong to the `learning` app.

State only: their tables stay where they are (learning 0001 takes them over by `db_table`).
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0004_learning"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.DeleteModel(name="QuizAttempt"),
                migrations.DeleteModel(name="LessonCompletion"),
                migrations.DeleteModel(name="Enrollment"),
            ],
        ),
    ]
