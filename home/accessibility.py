"""Wagtail's accessibility checker (the userbar and the editor's Checks panel) set for this site.

Besides Wagtail's rules it asks for an alt text on every image (a lesson image without one is
silent for a screen reader, which ST RK 2191-2023 does not allow) and flags alt texts that only
name the kind of thing in any of the site's languages («Сурет», «Фото», "Image"), besides file
names. Its messages are in the admin's language (Wagtail's own in locale/wagtail, ours here).
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.userbar import AccessibilityItem, ContentCheckerItem

# Alt texts that say nothing, in kk, ru and en; file names and underscores as Wagtail's rule does.
UNHELPFUL_ALT = (
    r"\.(avif|gif|jpg|jpeg|png|svg|webp)$|_"
    r"|^\s*([Ii]mage|[Pp]hoto|[Pp]icture|[Сс]урет|[Фф]ото|[Фф]отосурет|[Ии]зображение|[Кк]артинка)\s*$"
)


class SiteContentCheckerItem(ContentCheckerItem):
    axe_run_only = [*ContentCheckerItem.axe_run_only, "image-alt", "document-title"]
    axe_custom_checks = [
        {"id": "check-image-alt-text", "options": {"pattern": UNHELPFUL_ALT}},
        *[
            check
            for check in ContentCheckerItem.axe_custom_checks
            if check["id"] != "check-image-alt-text"
        ],
    ]
    axe_messages = {
        **ContentCheckerItem.axe_messages,
        "image-alt": {
            "error_name": _("Image has no alt text"),
            "help_text": _("Describe the image in the page's language, or mark it decorative"),
        },
        "document-title": {
            "error_name": _("The page has no title"),
            "help_text": _("Give the page a title in its language"),
        },
    }


def use_site_checks(request, items: list, page=None) -> None:
    """construct_wagtail_userbar: Wagtail's checker item replaced by the site's."""
    for index, item in enumerate(items):
        if type(item) in (AccessibilityItem, ContentCheckerItem):
            items[index] = SiteContentCheckerItem(in_editor=getattr(item, "in_editor", False))
