#!/usr/bin/env bash
# Installs what RefundProof needs from Debian when it is missing:
#   chromium (e2e tests), chromium-headless-shell (PDF rendering), fonts-noto-cjk (Chinese
#   text in PDFs and screenshots), fonts-liberation (English text in the English case file;
#   chromium brings it along), libharfbuzz-bin (hb-subset: the PDF's font subsets),
#   ffmpeg (video probing, posters), poppler-utils (PDF checks), libimage-exiftool-perl
#   (metadata), zip/unzip (evidence bundles), libheif-examples (heif-convert/heif-info:
#   iPhone HEIC photos, which the bundled libvips cannot decode; heif-enc for test fixtures).
# Safe to run repeatedly; does nothing when everything is present.
set -euo pipefail

declare -A CHECK=(
  [chromium]="command -v chromium"
  [chromium-headless-shell]="command -v chromium-headless-shell"
  [libharfbuzz-bin]="command -v hb-subset"
  [fonts-noto-cjk]="fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'"
  [fonts-liberation]="fc-list 2>/dev/null | grep -qi 'Liberation Serif'"
  [ffmpeg]="command -v ffmpeg && command -v ffprobe"
  [poppler-utils]="command -v pdftoppm && command -v pdftotext"
  [libimage-exiftool-perl]="command -v exiftool"
  [zip]="command -v zip"
  [unzip]="command -v unzip"
  [libheif-examples]="command -v heif-convert && command -v heif-info && command -v heif-enc"
)

missing=()
for pkg in "${!CHECK[@]}"; do
  if ! bash -c "${CHECK[$pkg]}" >/dev/null 2>&1; then missing+=("$pkg"); fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "RefundProof: installing system packages: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO=sudo; else
    echo "RefundProof: cannot install ${missing[*]}: not root and no passwordless sudo." >&2
    echo "  Run as root: apt-get update && apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
else SUDO=""; fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "RefundProof: cannot install ${missing[*]}: this is not a Debian/Ubuntu system (no apt-get). Install them with your package manager." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" fontconfig; } >/tmp/refundproof-apt.log 2>&1; then
  echo "RefundProof: apt-get failed installing ${missing[*]}; see /tmp/refundproof-apt.log" >&2
  tail -5 /tmp/refundproof-apt.log >&2
  exit 1
fi
echo "RefundProof: system packages installed."
