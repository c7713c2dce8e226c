#!/usr/bin/env bash
# Validates the workspace's OpenAPI document, as served at
# /api/openapi.yaml, with openapi-spec-validator (PyPI) against OpenAPI 3.1.
#   tests/openapi/validate.sh .build/debug/ikuplan
set -euo pipefail
binary=$(realpath "$1")
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
python3 -m pip install --quiet --disable-pip-version-check 'openapi-spec-validator>=0.7'
"$binary" serve --db "$work/w.db" --port 0 2> "$work/serve.log" &
server=$!
for _ in $(seq 1 100); do
  grep -q 'http://127.0.0.1:' "$work/serve.log" 2>/dev/null && break
  sleep 0.1
done
port=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$work/serve.log" | head -1)
curl --silent --fail "http://127.0.0.1:$port/api/openapi.yaml" > "$work/openapi.yaml"
python3 -m openapi_spec_validator "$work/openapi.yaml"
