#!/usr/bin/env sh
# Benchmark `hygiene check` against `grep -rc 'ServerInfo~'` on a generated tree of Exchange and
# IIS logs with a few planted hits. Usage: docs/bench/check-benchmark.sh [GiB] (default 1).
# The tree goes to target/check-bench (never committed). Needs GNU time (/usr/bin/time).
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")/../.." && pwd)
gib=${1:-1}
tree="$here/target/check-bench/$gib"
"$here/docs/bench/make-log-tree.sh" "$tree" "$gib"
du -sh "$tree"
cat "$tree"/V15/Logging/HttpProxy/*/* > /dev/null 2>&1 || true
cat "$tree"/inetpub/logs/LogFiles/W3SVC1/* > /dev/null
echo "== grep -rc 'ServerInfo~' (hits in plain files; grep does not open .gz)"
/usr/bin/time -f "grep: %e s wall, %U s user, %S s sys, %M KiB max RSS" grep -rc 'ServerInfo~' "$tree" | grep -v ':0$' || true
echo "== hygiene check"
/usr/bin/time -f "hygiene: %e s wall, %U s user, %S s sys, %M KiB max RSS" "$here/hygiene" check --logs "$tree" --format csv --progress never | cut -c1-120 || true
