"""Forms of the sign-in page, its second step, the authenticator set-up and re-authentication."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

CODE_WIDGET_ATTRS = {
    "autocomplete": "one-time-code",
    "autocapitalize": "off",
    "spellcheck": "false",
}


class EnrolForm(forms.Form):
    code = forms.CharField(
        label=_("Code from the app"),
        help_text=_("The six digits your authenticator app shows for Otbasy Academy."),
        max_length=10,
        widget=forms.TextInput(attrs={**CODE_WIDGET_ATTRS, "inputmode": "numeric"}),
    )


class VerifyForm(forms.Form):
    code = forms.CharField(
        label=_("Verification code"),
        help_text=_(
            "The six digits from your authenticator app, or one of your recovery codes "
            "(each works once)."
        ),
        max_length=20,
        widget=forms.TextInput(attrs=CODE_WIDGET_ATTRS),
    )


class ReauthenticateForm(forms.Form):
    # Named "password" so that django-axes masks it if a failed attempt is recorded.
    password = forms.CharField(
        label=_("Password or code"),
        help_text=_(
            "Your password, or the six digits from your authenticator app if you have set it up."
        ),
        max_length=4096,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )


class LoginForm(WagtailLoginForm):
    """Wagtail's sign-in form (WAGTAILADMIN_USER_LOGIN_FORM). Its password field has no label,
    so Django made one of the field's name: "Password", in English on every language's page."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")
