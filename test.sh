#!/usr/bin/env bash
# Runs every test of the project. Installs what the tests need when it is missing.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build Argus.slnx -c Release -nologo -v q
status=0
for p in tests/*/; do
  dotnet test "$p" -c Release --no-build --nologo -v q --logger "console;verbosity=minimal" || status=1
done
exit $status
