"""Media on S3-compatible object storage, shared by every app instance.

One bucket holds three kinds of keys, laid out by Wagtail's own `upload_to`:

- `original_images/` and `images/` (uploaded images and their renditions) are public. Their URLs
  are plain paths under MEDIA_URL (`/media/images/…`), never signed: a signed URL changes every
  time it is made, so a whole page kept in the shared page cache or a CDN would carry links that
  expire. The load balancer proxies exactly these two prefixes to the bucket (anonymous GET).
- `documents/` are not public: a document may sit in a private collection, so it never gets a
  URL of its own. Wagtail's document view checks the permission and streams the file from the
  storage (`WAGTAILDOCS_SERVE_METHOD = "serve_view"`); `url()` refuses, and Wagtail, told so by
  NotImplementedError, falls back on that view.
"""

from __future__ import annotations

from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError
from django.conf import settings
from django.utils.deconstruct import deconstructible
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage
from storages.utils import clean_name

PUBLIC_PREFIXES = ("original_images/", "images/")

# What a store that does not answer raises: connection refused, timeouts, 5xx answers.
STORAGE_ERRORS = (BotoCoreError, ClientError)

# A store that does not answer must not hold a request for long: short connect and read timeouts
# and one retry, so an upload fails within seconds with a clear message instead of hanging.
CLIENT_CONFIG = Config(
    connect_timeout=2,
    read_timeout=10,
    retries={"max_attempts": 2, "mode": "standard"},
    # SeaweedFS, MinIO and most S3-compatible stores answer on one host with the bucket in the path.
    s3={"addressing_style": "path"},
)


def is_outage(error: BaseException) -> bool:
    """Whether an error means the store is not answering (refused, timed out, 5xx), rather than
    an answer about one object (a missing key is a 404, not an outage)."""
    if isinstance(error, BotoCoreError):
        return True
    if isinstance(error, ClientError):
        return error.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 500) >= 500
    return False


def is_public(name: str) -> bool:
    """Whether a key is one the load balancer serves to anyone (images and their renditions)."""
    return clean_name(name).startswith(PUBLIC_PREFIXES)


@deconstructible
class MediaStorage(S3Storage):
    """Wagtail's images and documents in one bucket: images public by path, documents never."""

    # Two uploads with the same name must not overwrite each other (Wagtail's default on disk).
    file_overwrite = False
    querystring_auth = False
    default_acl = None

    def get_default_settings(self) -> dict:
        defaults = super().get_default_settings()
        defaults.update(
            client_config=CLIENT_CONFIG, region_name=defaults["region_name"] or "us-east-1"
        )
        return defaults

    def url(self, name: str, parameters=None, expire=None, http_method=None) -> str:
        """`${MEDIA_URL}images/…` for public keys; NotImplementedError for anything else, so
        that nothing (a template, the API) can link a document past its permission check."""
        name = clean_name(name)
        if not name.startswith(PUBLIC_PREFIXES):
            raise NotImplementedError("Only images have a public URL; documents use their view.")
        return f"{settings.MEDIA_URL}{filepath_to_uri(name)}"

    def answers(self) -> bool:
        """Whether the store answers and holds our bucket (for /healthz)."""
        try:
            self.connection.meta.client.head_bucket(Bucket=self.bucket_name)
        except STORAGE_ERRORS:
            return False
        return True
