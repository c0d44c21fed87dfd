#!/usr/bin/env bash
# Runs every test of the project (what CI runs). Installs what the tests need when it is missing.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
command -v dotnet >/dev/null || { echo "test.sh: the .NET 10 SDK is required (dotnet not found)" >&2; exit 1; }
dotnet build Argus.slnx -c Release -nologo -v q || { echo "test.sh: build failed" >&2; exit 1; }
log=$(mktemp)
status=0
for p in tests/*/; do
  dotnet test "$p" -c Release --no-build --nologo --logger "console;verbosity=minimal" 2>&1 | tee -a "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
done
# One closing line over all test projects.
awk '/(Passed|Failed)! +- +Failed:/ { gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit $status
