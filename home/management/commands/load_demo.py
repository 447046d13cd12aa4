"""Load the demo content of every app; safe to run again (it changes nothing the second time)."""

import importlib

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

# Each module has load() -> list[DemoLogin]; later steps may rely on earlier ones.
DEMO_STEPS = [
    "home.demo",
    "resource_centers.demo",
    "courses.demo",
    "registry_offices.demo",
    "learning.demo",
    "home.demo_links",
]


class Command(BaseCommand):
    help = "Create demo pages, translations and users (dev and test settings only)."

    def handle(self, *args, **options):
        if not getattr(settings, "DEMO_MODE", False):
            raise CommandError("Demo content is only for development settings (DEMO_MODE is off).")
        logins = []
        for module_name in DEMO_STEPS:
            module = importlib.import_module(module_name)
            logins.extend(module.load())
            self.stdout.write(f"  {module_name}: done")
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
