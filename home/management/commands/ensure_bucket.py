"""Create the media bucket when it is missing, and let anyone read its images; safe to run again."""

import json

from botocore.exceptions import ClientError
from django.core.files.storage import storages
from django.core.management.base import BaseCommand, CommandError

from home.storage import PUBLIC_PREFIXES, STORAGE_ERRORS, MediaStorage

MISSING = {"404", "NoSuchBucket", "NotFound"}
ALREADY_OURS = {"BucketAlreadyOwnedByYou", "BucketAlreadyExists"}


def public_read_policy(bucket: str) -> str:
    """Anonymous GET of images and renditions only: what the load balancer (or a CDN) serves.
    Documents (`documents/`) stay private and reach people through Wagtail's document view."""
    return json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Sid": "PublicImages",
                    "Effect": "Allow",
                    "Principal": "*",
                    "Action": ["s3:GetObject"],
                    "Resource": [f"arn:aws:s3:::{bucket}/{prefix}*" for prefix in PUBLIC_PREFIXES],
                }
            ],
        }
    )


class Command(BaseCommand):
    help = (
        "Create the media bucket (AWS_STORAGE_BUCKET_NAME) if it does not exist and allow "
        "anonymous reads of images/ and original_images/. Idempotent."
    )

    def handle(self, *args, **options):
        storage = storages["default"]
        if not isinstance(storage, MediaStorage):
            self.stdout.write("Media are on this machine's disk (no AWS_STORAGE_BUCKET_NAME).")
            return
        client = storage.connection.meta.client
        bucket = storage.bucket_name
        try:
            created = self._ensure(client, bucket, storage.region_name)
            client.put_bucket_policy(Bucket=bucket, Policy=public_read_policy(bucket))
        except STORAGE_ERRORS as error:
            raise CommandError(f"The object store did not answer as expected: {error}") from error
        if created:
            self.stdout.write(self.style.SUCCESS(f"Bucket {bucket} created; images are public."))
        else:
            self.stdout.write(f"Bucket {bucket} exists; images are public.")

    def _ensure(self, client, bucket: str, region: str) -> bool:
        """True when this run created the bucket."""
        try:
            client.head_bucket(Bucket=bucket)
            return False
        except ClientError as error:
            if str(error.response.get("Error", {}).get("Code")) not in MISSING:
                raise
        kwargs = {"Bucket": bucket}
        if region and region != "us-east-1":
            kwargs["CreateBucketConfiguration"] = {"LocationConstraint": region}
        try:
            client.create_bucket(**kwargs)
        except ClientError as error:
            # Another process (a second instance starting) created it meanwhile.
            if error.response.get("Error", {}).get("Code") not in ALREADY_OURS:
                raise
            return False
        return True
