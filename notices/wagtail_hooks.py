"""Admin wiring: the message log, scoped like the rows it points to (scoping.py)."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .models import Message
from .scoping import message_policy
from .viewsets import MessageViewSet

register_permission_policy(Message, message_policy)


@hooks.register("register_admin_viewset")
def register_viewsets():
    return MessageViewSet()
