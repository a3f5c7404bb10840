#!/usr/bin/env bash
# The whole test suite, on a fresh machine: installs what the tests need
# (xmllint from libxml2-utils, translate-toolkit, whose Python API reads
# our TMX back, and headless chromium for the report.html tests), then vets and tests every package.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
/usr/bin/python3 -c 'import translate.storage.tmx' >/dev/null 2>&1 || need+=(translate-toolkit)
command -v chromium >/dev/null 2>&1 || need+=(chromium) # report.html browser tests
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing: ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "warning: ${need[*]} missing and not root; tests that need them will skip" >&2
  fi
fi

unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$unformatted" ]; then
  echo "gofmt would change:"; echo "$unformatted"; exit 1
fi
go vet ./...
go test -count=1 -timeout 20m "$@" ./...
