"""Repeated or sequential passwords (issue 28) are refused on every path that sets a staff
password: the account page, an administrator's user form, the reset link, `set_password` forms;
and the redirect to the second step carries the same framing header as every other response."""

import pytest
from django.contrib.auth.forms import SetPasswordForm
from django.contrib.auth.password_validation import validate_password
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from .helpers import PASSWORD, enrolled, make_staff

pytestmark = pytest.mark.django_db

REPETITIVE = ["aaaaaaaaaaaa", "abcdefghijkl", "123456789012", "abcabcabcabc", "qwertyuiopas"]
REFUSED_TEXT = "mostly repeated or sequential characters"


def _codes(password: str) -> set[str]:
    try:
        validate_password(password)
    except ValidationError as error:
        return {e.code for e in error.error_list}
    return set()


@pytest.mark.parametrize("password", [*REPETITIVE, "ЖЖЖЖЖЖЖЖЖЖЖЖ", "абвгдеёжзийк", "Qz8!Qz8!Qz8!"])
def test_repeated_or_sequential_passwords_are_refused(password):
    assert "password_repetitive" in _codes(password)


@pytest.mark.parametrize(
    "password", ["tulip-kettle-orbit-42", "Жаңа күн, ескі кітап", PASSWORD, "Kx9#mQ2v!zL7"]
)
def test_ordinary_passphrases_are_not_taken_for_sequences(password):
    assert "password_repetitive" not in _codes(password)


@pytest.mark.parametrize(
    ("language", "text"),
    [("kk", "қайталанған не қатарынан келетін"), ("ru", "повторяющихся или идущих подряд")],
)
def test_the_refusal_is_translated(language, text):
    with translation.override(language), pytest.raises(ValidationError) as error:
        validate_password("aaaaaaaaaaaa")
    assert text in " ".join(error.value.messages)


@pytest.mark.parametrize("password", REPETITIVE[:3])
def test_the_account_page_refuses_it(client, django_user_model, password):
    clerk = make_staff(django_user_model, "clerk")
    client.force_login(clerk)
    response = client.post(
        reverse("wagtailadmin_account"),
        {
            "password-old_password": PASSWORD,
            "password-new_password1": password,
            "password-new_password2": password,
        },
    )
    assert REFUSED_TEXT in response.content.decode()
    clerk.refresh_from_db()
    assert clerk.check_password(PASSWORD)


def test_an_administrators_user_form_refuses_it(client, django_user_model):
    admin = make_staff(django_user_model, "admin")
    clerk = make_staff(django_user_model, "clerk")
    client.force_login(admin)
    url = reverse("wagtailusers_users:edit", args=[clerk.pk])
    response = client.post(
        url,
        {
            "username": clerk.username,
            "email": "clerk@example.kz",
            "first_name": "Clerk",
            "last_name": "Astana",
            "password1": "aaaaaaaaaaaa",
            "password2": "aaaaaaaaaaaa",
            "is_active": "on",
            "groups": [group.pk for group in clerk.groups.all()],
        },
    )
    assert response.status_code == 200
    assert REFUSED_TEXT in response.content.decode()
    clerk.refresh_from_db()
    assert clerk.check_password(PASSWORD)


def test_the_reset_link_refuses_it(client, django_user_model):
    clerk = make_staff(django_user_model, "clerk")
    uid = urlsafe_base64_encode(force_bytes(clerk.pk))
    token = default_token_generator.make_token(clerk)
    link = reverse("wagtailadmin_password_reset_confirm", args=[uid, token])
    form_url = client.get(link)["Location"]  # Django keeps the token in the session
    response = client.post(
        form_url, {"new_password1": "abcdefghijkl", "new_password2": "abcdefghijkl"}
    )
    assert response.status_code == 200
    errors = response.context["form"].errors.as_data()["new_password2"]
    assert "password_repetitive" in {error.code for error in errors}
    assert "қайталанған не қатарынан келетін" in response.content.decode()  # the site's kk
    clerk.refresh_from_db()
    assert clerk.check_password(PASSWORD)


def test_djangos_set_password_form_refuses_it(django_user_model):
    clerk = make_staff(django_user_model, "clerk")
    form = SetPasswordForm(
        clerk, {"new_password1": "123456789012", "new_password2": "123456789012"}
    )
    assert not form.is_valid()
    assert "password_repetitive" in {e.code for e in form.errors.as_data()["new_password2"]}


def test_the_redirect_to_the_second_step_cannot_be_framed(client, django_user_model, settings):
    settings.STAFF_MFA_REQUIRED = True
    clerk = make_staff(django_user_model, "clerk")
    client.force_login(clerk)
    to_set_up = client.get("/admin/")
    assert to_set_up.status_code == 302
    assert to_set_up["X-Frame-Options"] == settings.X_FRAME_OPTIONS
    enrolled(clerk)
    to_verify = client.get("/admin/")
    assert to_verify.status_code == 302
    assert to_verify["Location"].startswith(reverse("accounts:mfa_verify"))
    assert to_verify["X-Frame-Options"] == settings.X_FRAME_OPTIONS
    # The staff session's own redirect (to the sign-in page) too.
    client.logout()
    to_login = client.get("/admin/")
    assert to_login.status_code == 302 and to_login["X-Frame-Options"] == settings.X_FRAME_OPTIONS
