"""The admin's sign-in form with its labels translated.

Wagtail's LoginForm declares its password field without a label, so Django shows the field name,
"Password", in English on every language's login page.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm


class LoginForm(WagtailLoginForm):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")
