"""The access matrix's world: built once per run as a shared-data layer (tests/shared_data.py)."""

import pytest

from tests import shared_data


@shared_data.layer("admin_world")
def _admin_world_layer() -> dict:
    from tests.security import world

    return world.build()


@pytest.fixture
def admin_world(db, _shared_data) -> dict:
    """The ids of two offices and two centres with their staff, rows and history, plus the
    content and media editors work on (see tests/security/world.py)."""
    ids = _shared_data.value("admin_world")
    if ids is None:
        from tests.security import world

        ids = world.build()
    return ids
