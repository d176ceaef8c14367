#!/usr/bin/env sh
# Usage: deploy-preview.sh <namespace> <branch>. Reads DEPLOY_TOKEN from the environment.
set -eu

namespace="$1"
branch="$2"
image="registry.acme.internal/web:$namespace"

printf '%s' "$DEPLOY_TOKEN" | docker login registry.acme.internal -u ci --password-stdin
docker build -t "$image" services/web
docker push "$image"

kubectl create namespace "$namespace" --dry-run=client -o yaml | kubectl apply -f -
kubectl -n "$namespace" apply -f deploy/k8s/
kubectl -n "$namespace" set image deployment/web web="$image"
kubectl -n "$namespace" annotate deployment/web acme.io/branch="$branch" --overwrite
