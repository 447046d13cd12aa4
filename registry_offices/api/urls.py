"""/api/registry/v1/: the token endpoint (django-oauth-toolkit, client credentials) and the API."""

from django.urls import path
from oauth2_provider.views import TokenView

from . import api

urlpatterns = [
    path("oauth/token/", TokenView.as_view(), name="registry_api_token"),
    path("", api.urls),
]
