#!/usr/bin/env bash
# The whole test suite, on a fresh machine: installs what the tests need
# (xmllint from libxml2-utils; translate-toolkit, whose Python API reads
# our TMX and XLIFF back; poppler-utils, pandoc, qpdf, wget, chromium and
# fonts-noto-core, which make and read the DOCX, EPUB, PDF and WARC test
# files), then vets and tests every package.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
/usr/bin/python3 -c 'import translate.storage.tmx' >/dev/null 2>&1 || need+=(translate-toolkit)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v pandoc >/dev/null 2>&1 || need+=(pandoc)
command -v qpdf >/dev/null 2>&1 || need+=(qpdf)
command -v wget >/dev/null 2>&1 || need+=(wget)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -e /usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf ] || need+=(fonts-noto-core)
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
