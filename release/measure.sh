#!/usr/bin/env bash
# Reruns the README's release measurements: each archive's size, the cold start to /healthz (the published linux-x64
# program vs `dotnet run`), and the idle memory (VmRSS 10 s after /healthz answered). Needs ./release.sh's archives.
# ./release/measure.sh [RUNS]   (default 3 runs of each start; every run gets a new, empty database)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props | head -n 1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
port=5399

ms() { date +%s%3N; }

# Waits for /healthz; prints the milliseconds since $1.
wait_healthz() {
  local started=$1 pid=$2
  for _ in $(seq 1 1200); do
    if curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then echo $(( $(ms) - started )); return 0; fi
    kill -0 "$pid" 2>/dev/null || { echo "the program exited before /healthz answered" >&2; return 1; }
    sleep 0.05
  done
  echo "no /healthz within 60 s" >&2; return 1
}

rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }

echo "| archive | size |"
echo "| --- | --- |"
for zip in artifacts/ChatAppraisal-"$version"-*.zip; do
  [ -f "$zip" ] || { echo "no archives in artifacts/: run ./release.sh first" >&2; exit 1; }
  echo "| $(basename "$zip") | $(awk -v b="$(stat -c %s "$zip")" 'BEGIN {printf "%.1f MB", b/1048576}') |"
done

archive="artifacts/ChatAppraisal-$version-linux-x64.zip"
unzip -q "$archive" -d "$work/published"
program="$work/published/ChatAppraisal/ChatAppraisal"
dotnet build bot -v q --nologo >/dev/null

echo
echo "| start | cold start to /healthz (ms) | idle memory (MB) |"
echo "| --- | --- | --- |"
for run in $(seq 1 "$runs"); do
  rm -rf "$work/published/ChatAppraisal/data"
  started=$(ms)
  env -i PATH= HOME="$work" "$program" --Admin:Urls=http://127.0.0.1:$port >"$work/published.log" 2>&1 &
  pid=$!
  took=$(wait_healthz "$started" "$pid")
  sleep 10
  echo "| published linux-x64, run $run | $took | $(rss_mb "$pid") |"
  kill -TERM "$pid"; wait "$pid" || true

  db="$work/run-$run/appraisal.db"
  started=$(ms)
  Console__Enabled=false Storage__Path="$db" Admin__Urls=http://127.0.0.1:$port dotnet run --project bot >"$work/run.log" 2>&1 &
  pid=$!
  took=$(wait_healthz "$started" "$pid")
  sleep 10
  # dotnet run starts the program as its child: measure (and stop) that one.
  child=$(cat /proc/"$pid"/task/*/children 2>/dev/null | tr ' ' '\n' | grep -m1 . || true)
  echo "| dotnet run --project bot, run $run | $took | $(rss_mb "${child:-$pid}") (the program; dotnet run itself: $(rss_mb "$pid")) |"
  [ -n "$child" ] && kill -TERM "$child"
  kill -TERM "$pid" 2>/dev/null || true; wait "$pid" || true
done
