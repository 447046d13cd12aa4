"""Last demo step: point the home page's cards at the pages later steps made, and order the menu.

It finds those pages by slug under each language's home, so the home app needs no import of the
apps below it.
"""

from wagtail.models import Page

from .demo import DemoLogin, publish
from .models import HomePage

# The home page's four cards, in order, and the page each one leads to (path under the home).
CARD_TARGETS = [
    "courses/preparing-for-family-life",
    "courses/first-years-of-marriage",
    "courses/family-life-at-school",
    "centres",
]
MENU_ORDER = ["courses", "centres", "statistics", "about"]


def _descendant(home: Page, path: str) -> Page | None:
    page: Page | None = home
    for slug in path.split("/"):
        page = page.get_children().filter(slug=slug).first() if page else None
    return page


def _link_cards(home: HomePage) -> None:
    changed = False
    for block in home.body:
        if block.block_type != "cards":
            continue
        for card, path in zip(block.value["cards"], CARD_TARGETS, strict=False):
            target = _descendant(home, path)
            if target is not None and card["page"] is None:
                card["page"] = target
                changed = True
    if changed:
        publish(home)


def _order_menu(home: HomePage) -> None:
    previous = None
    for slug in MENU_ORDER:
        page = home.get_children().filter(slug=slug).first()
        if page is None:
            continue
        if not page.show_in_menus:
            page.show_in_menus = True
            page.save(update_fields=["show_in_menus"])
        if previous is None:
            first = home.get_first_child()
            if first.pk != page.pk:
                page.move(first, pos="left")
        elif page.get_prev_sibling() is None or page.get_prev_sibling().pk != previous.pk:
            page.move(previous, pos="right")
        previous = Page.objects.get(pk=page.pk)


def load() -> list[DemoLogin]:
    for home in HomePage.objects.all():
        _link_cards(home)
        _order_menu(home)
    return []
