"""Page routing and privacy from the shared cache, so an uncached page costs fewer queries.

Wagtail finds a page by walking the tree from the site's root, two queries per level (the child by
slug, then its specific row), and checks view restrictions with two more (the page's ancestors,
then their restrictions); `.public()` asks for every restriction again. The answers change only
when pages are published, moved or deleted, or a restriction changes: exactly the events that move
the page-cache generation (home.pagecache.connect_site_content), so they are kept under it.

- `CachedRouteMiddleware` remembers which page a path of a language leads to, and hands Wagtail's
  `serve` that page (Wagtail reads `request._wagtail_route_for_request`): for an anonymous visitor
  the page itself as it was when remembered (the entry's key names the generation, so a publish
  replaces it), for anyone signed in the page fetched in one query (an editor's toolbar shows
  draft state, which changes without a publish).
- `CachedPrivacyMixin.get_view_restrictions` remembers which restrictions apply to a page.
- `public_pages(queryset)` is `queryset.public()` with the restricted sections from the cache.
- `PageViews`: a routable page's route views, registered by the app's views module, so page
  models never import views.
"""

from __future__ import annotations

from collections.abc import Callable

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import ImproperlyConfigured
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site

from .pagecache import current_generation, shared_fragment


def _restricted_paths() -> list[str]:
    return shared_fragment(
        "restricted-paths",
        lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True)),
    )


def public_pages(queryset: QuerySet) -> QuerySet:
    """`queryset.public()` without its query: pages outside every restricted section."""
    private = Q(pk__in=[])
    for path in _restricted_paths():
        private |= Q(path__startswith=path)
    return queryset.exclude(private)


class CachedPrivacyMixin:
    """For page models: the restrictions that apply to this page, from the shared cache."""

    def get_view_restrictions(self) -> QuerySet:
        ids = shared_fragment(
            f"restrictions:{self.pk}",
            lambda: list(
                super(CachedPrivacyMixin, self).get_view_restrictions().values_list("pk", flat=True)
            ),
        )
        if not ids:
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(pk__in=ids)


def _route_key(site: Site, path: str) -> str:
    return f"pagecache:route:{current_generation()}:{site.pk}:{translation.get_language()}:{path}"


def _cached_route(request: HttpRequest, site: Site, path: str, entry: tuple) -> bool:
    """Route from a remembered (page id, model, depth, page); False when that page is gone."""
    page_id, label, depth, page = (*entry, None)[:4]
    if page is None or request.user.is_authenticated:
        try:
            model = apps.get_model(label)
        except LookupError:
            return False
        page = model.objects.filter(pk=page_id, live=True).first()
        if page is None:
            return False
    components = [component for component in path.split("/") if component]
    try:
        # Only what lies below the page (a routable page's own sub-URL) is routed from here.
        request._wagtail_route_for_request = page.route(
            request, components[depth - site.root_page.depth :]
        )
    except Http404:
        request._wagtail_route_for_request = None
    return True


class CachedRouteMiddleware:
    """Before Wagtail's `serve`, find the page from the path remembered for this site and
    language, or route as Wagtail does and remember where the path led."""

    def __init__(self, get_response) -> None:
        # Imported here: page models import this module before Wagtail's views can be loaded.
        from wagtail.views import serve

        self.get_response = get_response
        self.serve = serve

    def __call__(self, request: HttpRequest):
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs) -> None:
        if view_func is not self.serve:
            return None
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        site = Site.find_for_request(request)
        if site is None:
            return None
        key = _route_key(site, path)
        routes = caches["template_fragments"]  # the key names the generation (home/localcopy.py)
        entry = routes.get(key)
        if entry is not None and _cached_route(request, site, path, entry):
            return None
        result = Page.route_for_request(request, path)
        if result is not None:
            page = result[0]
            kept = page._meta.model.objects.filter(pk=page.pk).first() if page.live else None
            routes.set(
                key, (page.pk, page._meta.label, page.depth, kept), settings.PAGE_CACHE_SECONDS
            )
        return None


class PageViews:
    """The views behind a routable page's routes, by route name.

    Views import the models, so a page model must not import its views (not even inside a
    function): its `@path` methods call `serve(name, request, page)` on the registry the models
    own, and the app's views module registers each view under its name (`@ROUTES.view("guide")`).
    The app's `ready()` imports that views module, so the table is full before the first request;
    a route without a view is a configuration error, not a 404.
    """

    def __init__(self, label: str) -> None:
        self.label = label
        self._views: dict[str, Callable[..., HttpResponse]] = {}

    def view(
        self, name: str
    ) -> Callable[[Callable[..., HttpResponse]], Callable[..., HttpResponse]]:
        def register(function: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
            if self._views.get(name, function) is not function:
                raise ImproperlyConfigured(f"{self.label}: two views for the route {name!r}")
            self._views[name] = function
            return function

        return register

    def names(self) -> set[str]:
        return set(self._views)

    def serve(self, name: str, request: HttpRequest, page: Page) -> HttpResponse:
        try:
            function = self._views[name]
        except KeyError as missing:
            raise ImproperlyConfigured(
                f"{self.label}: no view registered for the route {name!r}"
            ) from missing
        return function(request, page)
