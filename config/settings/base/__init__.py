"""Settings shared by every environment, one module a topic; anything that differs by machine
comes from the environment. `config.settings.base` offers every name of every topic, as it did as
one module: dev, test and production start with `from .base import *`."""

from .apps import *  # noqa: F403
from .data import *  # noqa: F403
from .environment import *  # noqa: F403
from .languages import *  # noqa: F403
from .security import *  # noqa: F403
from .services import *  # noqa: F403
from .wagtail import *  # noqa: F403
