"""Language-neutral endpoints (outside i18n_patterns): the certificate API, credentials, the DID
document, status lists and the verify page's service worker."""

from django.urls import path

from .views import credentials, verify

urlpatterns = [
    path("api/certificates/<str:code>/", verify.certificate_api, name="certificate_api"),
    path("api/credentials/verify/", credentials.verify_credential, name="credential_verify"),
    path("api/credentials/<str:code>.jwt", credentials.credential_jwt, name="credential_jwt"),
    path("api/credentials/<str:code>/", credentials.credential_jsonld, name="credential_jsonld"),
    path(".well-known/did.json", credentials.did_json, name="did_document"),
    path(
        "credentials/status/<str:list_id>.jwt", credentials.status_list_jwt, name="status_list_jwt"
    ),
    path("credentials/status/<str:list_id>/", credentials.status_list, name="status_list"),
    path("verify-sw.js", credentials.service_worker, name="verify_service_worker"),
]
