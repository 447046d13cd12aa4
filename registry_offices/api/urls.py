"""/api/registry/v1/: the token endpoint (django-oauth-toolkit, client credentials) and the API."""

from django.http import HttpRequest, HttpResponse
from django.urls import path, re_path
from django.utils.translation import gettext as _
from oauth2_provider.views import TokenView

from . import api
from .problems import Problem, problem_response


def not_found(request: HttpRequest, rest: str = "") -> HttpResponse:
    """Any other path under the API: a problem+json 404 like the API's own."""
    return problem_response(request, Problem(404, "not-found", _("Not found.")))


urlpatterns = [
    path("oauth/token/", TokenView.as_view(), name="registry_api_token"),
    path("", api.urls),
    re_path(r"^(?P<rest>.*)$", not_found),
]
