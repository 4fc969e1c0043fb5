#!/usr/bin/env bash
# The suite must pass whatever the machine's date is (issue 8: "time is an input"). Runs the unit
# and API tests (embedded PGlite) under libfaketime at far dates; the dates can be given as
# arguments. Needs Debian's `faketime`.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v faketime >/dev/null || { echo "faketime is not installed (apt-get install faketime)" >&2; exit 2; }
dates=("$@")
[ ${#dates[@]} -gt 0 ] || dates=("2028-02-29 23:30:00" "2030-12-31 12:00:00")
for d in "${dates[@]}"; do
  echo "=== unit + API tests with the machine's date at $d ==="
  # "@…": start the fake clock there and let it run (a frozen clock would stop timers).
  faketime -f "@$d" npx vitest run --project unit --project api
done
