#!/usr/bin/env bash
# The long fuzzing run (not a test): bench/fuzz/run.sh [MINUTES] [--target NAME]... [--seed N]
# Builds fuzz/Argus.Fuzz (Release) and runs every target for MINUTES (default 30) at low priority; findings land
# in fuzz/findings/TARGET/, and each one becomes a test (docs/reliability.md, "Fuzzing").
set -euo pipefail
cd "$(dirname "$0")/../.."
minutes=${1:-30}; [ $# -gt 0 ] && shift
dotnet build fuzz/Argus.Fuzz -c Release -nologo -v q
exec nice -n 10 dotnet fuzz/Argus.Fuzz/bin/Release/net10.0/Argus.Fuzz.dll --minutes "$minutes" "$@"
