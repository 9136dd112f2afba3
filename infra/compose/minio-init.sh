#!/bin/sh
# One-shot MinIO setup for docker-compose.yml: the bucket (versioned, like the AWS one), and an
# app user whose policy reaches that bucket only. Every step tolerates a previous run.
set -eu

: "${S3_BUCKET:?}" "${QL_S3_ACCESS_KEY:?}" "${QL_S3_SECRET_KEY:?}" "${MINIO_ROOT_USER:?}" "${MINIO_ROOT_PASSWORD:?}"

mc alias set local http://minio:9000 "$MINIO_ROOT_USER" "$MINIO_ROOT_PASSWORD" >/dev/null
mc mb --ignore-existing "local/$S3_BUCKET"
mc version enable "local/$S3_BUCKET"
mc anonymous set none "local/$S3_BUCKET"

policy=/tmp/quietline-policy.json
cat >"$policy" <<JSON
{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Action": ["s3:ListBucket", "s3:GetBucketLocation"], "Resource": ["arn:aws:s3:::${S3_BUCKET}"] },
    { "Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"], "Resource": ["arn:aws:s3:::${S3_BUCKET}/*"] }
  ]
}
JSON
mc admin policy create local quietline-app "$policy"
mc admin user add local "$QL_S3_ACCESS_KEY" "$QL_S3_SECRET_KEY"
# Attaching twice is an error in mc; an already-attached policy is what we want.
mc admin policy attach local quietline-app --user "$QL_S3_ACCESS_KEY" 2>/dev/null \
  || mc admin user info local "$QL_S3_ACCESS_KEY" | grep -q quietline-app
echo "minio-init: bucket ${S3_BUCKET} ready"
