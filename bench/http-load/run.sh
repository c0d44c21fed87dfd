#!/usr/bin/env bash
# HTTP load benchmark of `argus serve` (not a test). From the repository root:
#   bench/http-load/run.sh [--duration S] [--connections N] [--threads N] [--soak S] [--no-reload] [--lists DIR]
# Publishes src/Argus.Cli (Release), imports every list under DIR (default ../shared/data/lists) into a temp
# data directory, starts `argus serve` on a free loopback port and runs wrk with bench/http-load/match.lua
# (single-query POST /match/default bodies). While wrk runs, resident memory (VmRSS) is sampled every 10 s
# and, unless --no-reload, POST /updatez (admin) rebuilds and swaps the index twice, at 1/3 and 2/3 of the
# run: wrk's "Non-2xx" and "Socket errors" lines must stay absent. --soak S runs S seconds instead (e.g. 600).
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=60; connections=32; threads=1; reload=1; lists=../shared/data/lists; soak=0
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --soak) soak=$2; shift 2 ;;
    --no-reload) reload=0; shift ;;
    --lists) lists=$2; shift 2 ;;
    *) echo "usage: $0 [--duration S] [--connections N] [--threads N] [--soak S] [--no-reload] [--lists DIR]" >&2; exit 2 ;;
  esac
done
[ "$soak" -gt 0 ] && duration=$soak
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[ -d "$lists" ] || { echo "no list directory $lists" >&2; exit 1; }

work=$(mktemp -d /tmp/argus-http-load.XXXXXX)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

echo "== publish (Release)"
dotnet publish src/Argus.Cli -c Release -o "$work/out" -nologo -v q >"$work/publish.log" 2>&1 || { cat "$work/publish.log"; exit 1; }
argus() { "$work/out/argus" --data "$work/data" "$@"; }
echo "== import $lists"
argus lists import "$lists" >"$work/import.log" 2>&1 || { cat "$work/import.log"; exit 1; }
tail -n +1 "$work/import.log" | sed 's/^/   /'
read_key=$(argus keys create --role read | tail -1)
admin_key=$(argus keys create --role admin | tail -1)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"

echo "== serve $url"
"$work/out/argus" --data "$work/data" serve --urls "$url" >"$work/serve.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do curl -sf "$url/readyz" >/dev/null && break; sleep 0.1; done
curl -sf "$url/readyz" || { cat "$work/serve.log"; exit 1; }
echo
rss() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$pid/status"; }
echo "== warm-up 10 s"
ARGUS_KEY=$read_key wrk -t"$threads" -c"$connections" -d10s -s bench/http-load/match.lua "$url" >/dev/null
echo "   resident after warm-up: $(rss) MB; load average $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== wrk -t$threads -c$connections -d${duration}s, single-query POST /match/default"
( for t in $(seq 10 10 "$duration"); do sleep 10; echo "   t=${t}s VmRSS $(rss) MB"; done ) >"$work/rss.log" 2>/dev/null &
sampler=$!
if [ "$reload" = 1 ]; then
  ( for f in 3 3; do sleep $((duration / f)); curl -s -o /dev/null -w "   reload under load: POST /updatez %{http_code} in %{time_total} s\n" \
      -X POST -H "Authorization: ApiKey $admin_key" "$url/updatez"; done ) >"$work/reload.log" 2>&1 &
  reloader=$!
fi
ARGUS_KEY=$read_key wrk -t"$threads" -c"$connections" -d"${duration}s" --latency --timeout 5s -s bench/http-load/match.lua "$url" | tee "$work/wrk.txt"
wait "$sampler" 2>/dev/null || true
[ "$reload" = 1 ] && { wait "$reloader" 2>/dev/null || true; cat "$work/reload.log"; }
cat "$work/rss.log"
echo "== summary (load average after: $(cut -d' ' -f1-3 /proc/loadavg))"
awk '/Requests\/sec/ {print "   requests/s " $2} / 50%/ {print "   p50 " $2} / 99%/ {print "   p99 " $2}
     /Non-2xx/ {print "   NON-2XX " $NF} /Socket errors/ {print "   SOCKET ERRORS " $0}' "$work/wrk.txt"
grep -qE "Non-2xx|Socket errors" "$work/wrk.txt" && { echo "   errors: yes"; exit 1; } || echo "   errors: none"
