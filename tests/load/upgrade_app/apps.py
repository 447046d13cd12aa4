from django.apps import AppConfig


class UpgradeAppConfig(AppConfig):
    name = "tests.load.upgrade_app"
    label = "upgrade_app"
    default_auto_field = "django.db.models.BigAutoField"
