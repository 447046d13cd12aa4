"""The "new build" of `make drill`'s rolling upgrade: production settings plus one test-only
app carrying a new migration (tests/load/upgrade_app). Never used outside the drill."""

from config.settings.production import *  # noqa: F403
from config.settings.production import INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "tests.load.upgrade_app"]
