"""Background work: the "forgotten password" e-mail, so the request does not wait for the mail server.

The task carries the user's id, the site's host and the language: no address and no link. The
worker makes the one-time token when it sends, and a token made then is as good as one made in the
request (it is valid for PASSWORD_RESET_TIMEOUT from its making and dies when the password changes).
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django_tasks import task
from wagtail.admin.views.account import PasswordResetView, get_password_reset_form


@task()
def send_password_reset_email(user_id: int, domain: str, use_https: bool, language: str) -> bool:
    """Send one staff member the reset link; False when the account can no longer reset."""
    user_model = get_user_model()
    user = user_model._default_manager.filter(pk=user_id, is_active=True).first()
    email = getattr(user, user_model.get_email_field_name(), "") if user else ""
    if user is None or not email or not user.has_usable_password():
        return False
    context = {
        "email": email,
        "domain": domain,
        "site_name": domain,
        "uid": urlsafe_base64_encode(force_bytes(user_model._meta.pk.value_to_string(user))),
        "user": user,
        "token": default_token_generator.make_token(user),
        "protocol": "https" if use_https else "http",
    }
    with translation.override(language):
        get_password_reset_form()().send_mail(
            PasswordResetView.subject_template_name,
            PasswordResetView.email_template_name,
            context,
            None,
            email,
        )
    return True
