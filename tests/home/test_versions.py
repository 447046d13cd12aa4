"""home/versions.py: a version moves on at once, again when the transaction commits, and never
needs the database to do so."""

from home.versions import SharedVersion


def test_a_process_without_a_database_can_announce_a_change():
    """No database access is allowed in this test: a worker or a command that only announces a
    change must not open a connection for it."""
    version = SharedVersion("tests:versions:no-database")
    before = version.current()
    version.move_on()
    assert version.current() != before


def test_inside_a_transaction_it_moves_on_again_when_it_commits(
    db, django_capture_on_commit_callbacks
):
    version = SharedVersion("tests:versions:transaction")
    before = version.current()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        version.move_on()
        during = version.current()  # what a request reading the old rows meanwhile would use
        assert during != before
    assert len(callbacks) == 1
    assert version.current() not in (before, during)


def test_each_version_is_found_by_its_key():
    version = SharedVersion("tests:versions:named")
    assert SharedVersion.named("tests:versions:named") is version
    assert SharedVersion.named("tests:versions:never-made") is None
