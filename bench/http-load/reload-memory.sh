#!/usr/bin/env bash
# Resident memory of `argus serve` around reloads (not a test). From the repository root, after a Release build:
#   bench/http-load/reload-memory.sh [--lists DIR] [--reloads N]
# Imports every list under DIR (default ../shared/data/lists) into a temp data directory, serves it, sends
# 200 single-query POST /match/default, then asks POST /updatez N times (default 2), printing VmRSS just
# after each reload and 5, 10 and 20 s later. The server's log line "the index swapped out is freed" gives
# the pause of the collection.
set -euo pipefail
cd "$(dirname "$0")/../.."
lists=../shared/data/lists; reloads=2
while [ $# -gt 0 ]; do
  case "$1" in
    --lists) lists=$2; shift 2 ;;
    --reloads) reloads=$2; shift 2 ;;
    *) echo "usage: $0 [--lists DIR] [--reloads N]" >&2; exit 2 ;;
  esac
done
dll=src/Argus.Cli/bin/Release/net10.0/argus.dll
[ -f "$dll" ] || { echo "build first: dotnet build src/Argus.Cli -c Release" >&2; exit 1; }
work=$(mktemp -d /tmp/argus-reload-memory.XXXXXX)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
argus() { dotnet "$dll" --data "$work/data" "$@"; }
argus lists import "$lists" >"$work/import.log" 2>&1 || { cat "$work/import.log"; exit 1; }
admin=$(argus keys create --role admin | tail -1)
read_key=$(argus keys create --role read | tail -1)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
dotnet "$dll" --data "$work/data" serve --urls "$url" >"$work/serve.log" 2>&1 &
pid=$!
for _ in $(seq 1 900); do curl -sf "$url/readyz" >/dev/null && break; sleep 0.2; done
rss() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$pid/status"; }
body='{"queries":{"q1":{"schema":"Person","properties":{"name":["Ri Pyeong-chol"]}}}}'
for _ in $(seq 1 200); do curl -s -o /dev/null -X POST -H "Authorization: ApiKey $read_key" -H 'Content-Type: application/json' -d "$body" "$url/match/default"; done
sleep 3
echo "ready, 200 requests: VmRSS $(rss) MB; load average $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq 1 "$reloads"); do
  curl -s -o /dev/null -w "POST /updatez %{http_code} in %{time_total} s\n" -X POST -H "Authorization: ApiKey $admin" "$url/updatez"
  echo "  just after reload $r: VmRSS $(rss) MB"
  for t in 5 10 20; do sleep 5; [ "$t" = 20 ] && sleep 5; echo "  reload $r + ${t} s: VmRSS $(rss) MB"; done
done
grep "swapped out is freed" "$work/serve.log" | sed 's/^/  /' || true
