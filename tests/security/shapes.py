"""Every admin URL shape, from Django's URL resolver, and how to fill its parameters.

A *shape* is one URL pattern under /admin/ (`admin/applications/edit/<int:pk>/`). `admin_shapes()`
walks the resolver, so a screen added tomorrow is a shape tomorrow. `fill()` turns a shape into
concrete paths with ids of the world's objects (tests/security/world.py): one path per side
("a": the first office's and centre's rows, "b": the second's) when a parameter names a row that
belongs to an office or a centre, else one "shared" path (pages, media, settings).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.apps import apps
from django.db import models
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RegexPattern, RoutePattern

ABSENT = 987654321  # an id no row has: the shape is still asked, and must not answer 500
PARAMETER = re.compile(r"(?<!\?P)<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")
GROUP = re.compile(r"\(\?P<(?P<name>\w+)>[^)]*\)")


@dataclass(frozen=True)
class Shape:
    """One admin URL pattern: its route (`admin/…/<int:pk>/`), URL name and view."""

    route: str
    name: str
    parameters: tuple[str, ...]
    view: object = field(compare=False, repr=False)

    @property
    def view_class(self):
        return getattr(self.view, "view_class", None)

    @property
    def model(self) -> type[models.Model] | None:
        """The model a viewset's view was made for, if the view says."""
        model = getattr(self.view, "view_initkwargs", {}).get("model")
        if isinstance(model, str):
            model = apps.get_model(model)
        return model


def _route(pattern) -> str:
    if isinstance(pattern, RoutePattern):
        return str(pattern._route)
    if isinstance(pattern, RegexPattern):
        return str(pattern._regex)
    return str(pattern)


def _walk(patterns, prefix: str, namespace: str):
    for pattern in patterns:
        route = prefix + _route(pattern.pattern)
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}{pattern.namespace}:"
            yield from _walk(pattern.url_patterns, route, inner)
        elif isinstance(pattern, URLPattern):
            yield route, (f"{namespace}{pattern.name}" if pattern.name else ""), pattern.callback


def admin_shapes() -> list[Shape]:
    """Every URL pattern under /admin/, in the resolver's order."""
    shapes = []
    for route, name, view in _walk(get_resolver().url_patterns, "", ""):
        route = route.replace("^", "")  # as ResolverMatch.route spells it
        if not route.startswith("admin/"):
            continue
        parameters = tuple(m["name"] for m in PARAMETER.finditer(route))
        parameters += tuple(m["name"] for m in GROUP.finditer(route))
        shapes.append(Shape(route, name, parameters, view))
    return shapes


def render(route: str, values: dict[str, object]) -> str | None:
    """The path of `route` with `values` put in; None when a regex part is left unexplained."""
    path = GROUP.sub(lambda m: str(values[m["name"]]), route)
    path = PARAMETER.sub(lambda m: str(values[m["name"]]), path)
    path = path.replace("$", "").replace(r"\.", ".")
    if re.search(r"[\\()\[\]*+?|]", path):
        return None
    return "/" + path
