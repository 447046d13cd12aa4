"""Every model of the project's apps has its own singular and plural name, translated into kk
and ru (issue 28: the Kazakh history showed "scoped model log entrys"), and Wagtail's history
screens print them in the staff member's language."""

import datetime

import pytest
from django.apps import apps
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.text import capfirst

from tests.factories import make_application, set_admin_language

# The list INSTALLED_APPS is built from (config/settings/base/apps.py).
PROJECT_APPS = [apps.get_app_config(label) for label in settings.PROJECT_APPS]
PROJECT_MODELS = [model for config in PROJECT_APPS for model in config.get_models()]


def _names(model, language: str) -> tuple[str, str]:
    with translation.override(language):
        return str(model._meta.verbose_name), str(model._meta.verbose_name_plural)


def test_the_project_apps_are_all_seen():
    labels = {config.label for config in PROJECT_APPS}
    assert {"home", "registry_offices", "certificates", "learning", "classroom"} <= labels
    # Nothing of ours is missing from the list: every app whose code is in the project's folder.
    ours = {
        config.label
        for config in apps.get_app_configs()
        if config.path.startswith(str(settings.BASE_DIR)) and ".venv" not in config.path
    }
    assert ours == labels
    assert len(PROJECT_MODELS) > 35


@pytest.mark.parametrize("model", PROJECT_MODELS, ids=lambda model: model._meta.label)
def test_every_model_has_both_names_translated(model):
    options = model._meta.original_attrs
    assert "verbose_name" in options, "Django would make the name from the class name"
    assert "verbose_name_plural" in options, "Django would add an English “s”"
    english = _names(model, "en")
    for language in ("kk", "ru"):
        translated = _names(model, language)
        assert translated[0] != english[0], (language, english[0])
        assert translated[1] != english[1], (language, english[1])
        assert not translated[1].endswith(translated[0] + "s"), translated


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "expected"), [("kk", "Неке тіркеуге өтініштер"), ("ru", "Заявления о регистрации")]
)
def test_the_history_screens_speak_the_staff_members_language(client, office_a, language, expected):
    from wagtail.log_actions import log

    application = make_application(office_a.office, "AST-9")
    log(application, "wagtail.edit", user=office_a.clerk)
    admin = office_a.head
    set_admin_language(admin, language)
    admin.is_superuser = True
    admin.save()
    client.force_login(admin)
    screens = [
        reverse("applications:history", args=[application.pk]),
        reverse("wagtailadmin_reports:site_history") + f"?timestamp_after={datetime.date.today()}",
    ]
    english = {
        name
        for model in PROJECT_MODELS
        for name in (*_names(model, "en"), *map(capfirst, _names(model, "en")))
    }
    for url in screens:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert "entrys" not in html and "log entr" not in html.lower(), url
        shown = {name for name in english if f">{name}<" in html or f"> {name} <" in html}
        assert not shown, (url, shown)
    assert expected in client.get(screens[0]).content.decode()
