#!/usr/bin/env bash
# The media bucket's copy in a backup bucket, with rclone (README: "Operating it").
#   CLUSTER_DIR=... scripts/cluster/media-backup.sh backup    media bucket → backup bucket (sync)
#   CLUSTER_DIR=... scripts/cluster/media-backup.sh restore   backup bucket → media bucket (copy)
# The keys come from the environment (rclone's RCLONE_CONFIG_* variables), never a file or a log.
set -euo pipefail
: "${CLUSTER_DIR:?set CLUSTER_DIR to the cluster directory that make cluster printed}"
# shellcheck source=/dev/null
source "$CLUSTER_DIR/env"
export RCLONE_CONFIG_STORE_TYPE=s3 RCLONE_CONFIG_STORE_PROVIDER=Other
export RCLONE_CONFIG_STORE_ENDPOINT=$AWS_S3_ENDPOINT_URL RCLONE_CONFIG_STORE_REGION=$AWS_S3_REGION_NAME
export RCLONE_CONFIG_STORE_ACCESS_KEY_ID=$AWS_ACCESS_KEY_ID
export RCLONE_CONFIG_STORE_SECRET_ACCESS_KEY=$AWS_SECRET_ACCESS_KEY
export RCLONE_CONFIG_STORE_FORCE_PATH_STYLE=true
# A CA bundle for the AWS SDK (some machines set one) is for TLS endpoints; rclone refuses to
# start with it on a plain-HTTP endpoint such as the cluster's SeaweedFS.
[[ "$AWS_S3_ENDPOINT_URL" != http://* ]] || unset AWS_CA_BUNDLE
BACKUP_BUCKET=${MEDIA_BACKUP_BUCKET:-$AWS_STORAGE_BUCKET_NAME-backup}
case "${1:-}" in
  backup) rclone sync -q --checksum "store:$AWS_STORAGE_BUCKET_NAME" "store:$BACKUP_BUCKET" ;;
  restore) rclone copy -q --checksum "store:$BACKUP_BUCKET" "store:$AWS_STORAGE_BUCKET_NAME" ;;
  *) echo "usage: media-backup.sh backup|restore" >&2; exit 2 ;;
esac
