"""New migrations (from 0050 on) must not lock a big table or break the running version."""

from django.db import migrations, models

from home import migration_ops
from home.migration_safety import new_migration_problems, problems_of


def migration(*operations, atomic: bool = True):
    made = type("Migration", (migrations.Migration,), {"operations": list(operations)})(
        "0099_example", "registry_offices"
    )
    made.atomic = atomic
    return made


def test_the_project_s_new_migrations_hold_the_rule():
    assert [str(problem) for problem in new_migration_problems()] == []


def test_a_not_null_column_without_a_database_default_is_refused():
    found = problems_of(
        "registry_offices",
        migration(migrations.AddField("marriageapplication", "note", models.TextField())),
    )
    assert ["NOT NULL without db_default" in str(problem) for problem in found] == [True]


def test_a_foreign_key_column_with_its_constraint_is_refused_and_without_it_passes():
    def office_column(**options):
        return migrations.AddField(
            "courseassignment",
            "office",
            models.ForeignKey(
                "registry_offices.RegistryOffice",
                on_delete=models.DO_NOTHING,
                null=True,
                db_index=False,
                **options,
            ),
        )

    refused = problems_of("registry_offices", migration(office_column()))
    assert ["foreign key constraint" in str(problem) for problem in refused] == [True]
    assert problems_of("registry_offices", migration(office_column(db_constraint=False))) == []


def test_a_column_with_its_own_index_is_refused():
    column = migrations.AddField(
        "marriageapplication", "note", models.CharField(max_length=9, null=True, db_index=True)
    )
    found = problems_of("registry_offices", migration(column))
    assert ["builds its index under lock" in str(problem) for problem in found] == [True]


def test_a_nullable_column_and_a_concurrent_index_outside_a_transaction_pass():
    index = models.Index(fields=["application_date"], name="example_date")
    found = problems_of(
        "registry_offices",
        migration(
            migrations.AddField("marriageapplication", "note", models.TextField(null=True)),
            migration_ops.AddIndexConcurrently("marriageapplication", index),
            atomic=False,
        ),
    )
    assert found == []


def test_a_plain_index_a_rename_and_a_concurrent_build_in_a_transaction_are_refused():
    index = models.Index(fields=["application_date"], name="example_date")
    found = problems_of(
        "registry_offices",
        migration(
            migrations.AddIndex("marriageapplication", index),
            migrations.RenameField("marriageapplication", "number", "reference"),
            migrations.RunSQL("CREATE INDEX example ON registry_offices_partner (email)"),
            migration_ops.AddIndexConcurrently("marriageapplication", index),
        ),
    )
    messages = " | ".join(str(problem) for problem in found)
    assert "AddIndex example_date" in messages
    assert "RenameField" in messages
    assert "RunSQL builds an index without CONCURRENTLY" in messages
    assert "needs `atomic = False`" in messages
