"""Load the demo content of every app; safe to run again (it changes nothing the second time)."""

import importlib
import importlib.util
from types import ModuleType

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


def demo_modules() -> list[ModuleType]:
    """Each installed app's `demo` module that has a load() -> list[DemoLogin], in INSTALLED_APPS
    order: the project's apps are listed bottom layer first, so an app's demo may rely on the demo
    content of the apps below it."""
    modules = []
    for app in apps.get_app_configs():
        if not hasattr(app.module, "__path__"):  # an app that is a single module has no submodules
            continue
        name = f"{app.name}.demo"
        if importlib.util.find_spec(name) is None:
            continue
        module = importlib.import_module(name)
        if callable(getattr(module, "load", None)):
            modules.append(module)
    return modules


class Command(BaseCommand):
    help = (
        "Create demo pages, translations and users (dev and test settings; production settings "
        "only with DEMO_MODE=1, for the one-machine cluster demo)."
    )

    def handle(self, *args, **options):
        if not getattr(settings, "DEMO_MODE", False):
            raise CommandError(
                "Demo content is only for development settings and the cluster demo "
                "(DEMO_MODE is off; DEMO_MODE=1 turns it on under production settings)."
            )
        logins = []
        for module in demo_modules():
            logins.extend(module.load())
            self.stdout.write(f"  {module.__name__}: done")
        if logins:
            self.stdout.write(self.style.SUCCESS("Demo logins (shown once, keep them now):"))
            width = max(len(login.username) for login in logins)
            for login in logins:
                self.stdout.write(f"  {login.username:<{width}}  {login.password}  {login.role}")
            self.stdout.write("Log in at http://127.0.0.1:8000/admin/")
        else:
            self.stdout.write(
                "Demo users already exist; their passwords were shown when they were created. "
                "Reset one with: manage.py changepassword <username>"
            )
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
