#!/usr/bin/env bash
# Makes the releases: ./release.sh [RID...] (default: win-x64 linux-x64 linux-arm64).
# Each RID gets a self-contained single-file program, published into artifacts/publish/RID/ and packed as
# artifacts/ChatAppraisal-VERSION-RID.zip with its appsettings.json, 说明.txt (the officials' page) and the charts' font
# with its licence. Not trimmed: LiteDB's mapper and the Razor pages use reflection. artifacts/ is git-ignored:
# nothing this script writes is ever committed.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props | head -n 1)
[ -n "$version" ] || { echo "release.sh: no <Version> in Directory.Build.props" >&2; exit 1; }
command -v python3 >/dev/null || { echo "release.sh: python3 is needed to write the archives (Debian: apt-get install python3)" >&2; exit 1; }
rids=("$@")
[ ${#rids[@]} -gt 0 ] || rids=(win-x64 linux-x64 linux-arm64)

for rid in "${rids[@]}"; do
  case "$rid" in
    win-*) settings=release/appsettings.windows.json; exe=ChatAppraisal.exe; built=ChatAppraisal.Bot.exe ;;
    linux-*) settings=release/appsettings.linux.json; exe=ChatAppraisal; built=ChatAppraisal.Bot ;;
    *) echo "release.sh: $rid is not a release target (win-x64, linux-x64, linux-arm64)" >&2; exit 1 ;;
  esac
  out="artifacts/publish/$rid"
  zip="artifacts/ChatAppraisal-$version-$rid.zip"
  echo "== $rid: publishing into $out"
  rm -rf "$out" "$zip"
  dotnet publish bot -c Release -r "$rid" --self-contained -p:PublishSingleFile=true -p:PublishTrimmed=false \
    -p:DebugType=none -p:IsTransformWebConfigDisabled=true -o "$out" --nologo -v q
  # What an official sees: the program under its product name, its settings, the page to read, the font and its licence.
  mv "$out/$built" "$out/$exe"
  cp "$settings" "$out/appsettings.json"
  case "$rid" in
    # Windows' Notepad (older ones too) reads it right with a byte-order mark and CRLF line ends.
    win-*) { printf '\xEF\xBB\xBF'; sed 's/$/\r/' release/说明.txt; } > "$out/说明.txt" ;;
    *) cp release/说明.txt "$out/说明.txt" ;;
  esac
  # Not needed outside IIS and a developer's machine.
  rm -f "$out/appsettings.Development.json" "$out"/*.pdb "$out/aspnetcorev2_inprocess.dll"
  for f in Charts/Fonts/wqy-microhei.ttc Charts/Fonts/wqy-microhei.copyright; do
    [ -f "$out/$f" ] || { echo "release.sh: $f is missing from the published program" >&2; exit 1; }
  done
  # One folder inside the archive, so unpacking never scatters files.
  stage="artifacts/stage-$rid"
  rm -rf "$stage" && mkdir -p "$stage" && cp -a "$out" "$stage/ChatAppraisal"
  # Python's zipfile marks the names as UTF-8 (Info-ZIP's zip does not here: 说明.txt would unpack garbled on Windows)
  # and keeps the Linux program's executable bit.
  (cd "$stage" && python3 - "../$(basename "$zip")" <<'PY'
import os, sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
    for folder, _, files in os.walk("ChatAppraisal"):
        archive.write(folder)
        for name in sorted(files):
            archive.write(os.path.join(folder, name))
PY
  )
  rm -rf "$stage"
  echo "== $rid: $zip ($(du -h "$zip" | cut -f1))"
done
