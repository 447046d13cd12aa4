"""`{% csp_nonce %}`: the response's CSP nonce in templates rendered without the request."""

from django import template

from home.csp import current_nonce

register = template.Library()


@register.simple_tag
def csp_nonce() -> str:
    """For Wagtail's widget and panel templates, which form rendering gives no request."""
    return current_nonce()
