#!/usr/bin/env bash
# The whole test suite, on a fresh machine: installs what the tests need
# (xmllint from libxml2-utils, translate-toolkit, whose Python API reads
# our TMX back, and headless chromium for the report.html tests), then vets and tests every package.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
/usr/bin/python3 -c 'import translate.storage.tmx' >/dev/null 2>&1 || need+=(translate-toolkit)
command -v chromium >/dev/null 2>&1 || need+=(chromium) # report.html browser tests, PDFs printed for input tests
# input readers: pdftotext reads PDFs, pandoc writes DOCX and EPUB, wget
# crawls a loopback site into a WARC, qpdf encrypts a PDF; an Arabic font.
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v pandoc >/dev/null 2>&1 || need+=(pandoc)
command -v wget >/dev/null 2>&1 || need+=(wget)
command -v qpdf >/dev/null 2>&1 || need+=(qpdf)
[ -d /usr/share/fonts/truetype/noto ] || need+=(fonts-noto-core)
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
(cd beam && go vet ./... && go test -count=1 -timeout 20m "$@" ./...)
