#!/usr/bin/env bash
# Issue 19's speed table for the current build, measured as whole processes: what a user waits
# for. Builds nothing (run `./mvnw -q -B -DskipTests package` first); generates its 1 GiB log tree
# under target/check-bench/1 (never committed) and compiles a hello-world class and
# docs/bench/Floor.java into a temporary folder. The last three rows are not Hygiene: they are the
# floor under the scanning goals, a Java program that only reads the same bytes (and counts their
# line breaks), against the same grep. Each row runs both sides interleaved, RUNS times each
# (default 7, at least 5), and prints the medians; the `hygiene` launcher is used as users run it (class-data sharing or, on JDK 25+, the
# AOT cache, made by one untimed training run per command first). The JDK is the `java` on the
# PATH, e.g.  PATH=/usr/lib/jvm/temurin-25-jdk-amd64/bin:$PATH docs/bench/speed.sh
# Needs GNU time (/usr/bin/time) for peak memory. ROWS=startup prints only the two start-up rows
# (and generates no log tree).
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")/../.." && pwd)
runs=${RUNS:-7}
if [ "$runs" -lt 5 ]; then runs=5; fi
jar="$here/content/target/hygiene.jar"
if [ ! -f "$jar" ]; then
  echo "speed.sh: $jar is missing; build it first (./mvnw -q -B -DskipTests package)" >&2
  exit 1
fi
rows=${ROWS:-all}
tree="$here/target/check-bench/1"
if [ "$rows" != startup ]; then "$here/docs/bench/make-log-tree.sh" "$tree" 1; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HYGIENE_HOME="$work/home"
mkdir -p "$HYGIENE_HOME" "$work/hello"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' \
  > "$work/hello/Hello.java"
javac -d "$work/hello" "$work/hello/Hello.java"
# The floor under the scanning goals: a Java program that only reads (and counts line breaks in)
# the bytes hunt and check read; see docs/bench/Floor.java.
javac -d "$work/floor" "$here/docs/bench/Floor.java"
lesson=$(ls "$here"/content/course/lessons/*.md | head -n 1)
hunt_query='HttpProxy | where AnchorMailbox startswith "ServerInfo~" | summarize count() by ClientIpAddress'

# One timed run of a shell command line (sh -c, for both sides alike): prints "milliseconds
# peak-KiB"; output goes to a file (the last run's is kept).
timed() {
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f '%M' -o "$work/rss" sh -c "$1" > "$work/out" 2> "$work/err" < /dev/null || true
  end=$(date +%s%N)
  echo "$(((end - start) / 1000000)) $(tail -n 1 "$work/rss")"
}

median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

q() { printf "'%s'" "$1"; } # single-quote for sh -c (the queries hold no single quote)
hello="java -cp '$work/hello' Hello"
hyg="'$here/hygiene'"
version="$hyg --version"
render_plain="$hyg render '$lesson' --plain"
hunt_take="$hyg hunt --logs '$tree' -q $(q 'HttpProxy | take 1')"
hunt_count="HYGIENE_JAVA_OPTS=-Xmx256m $hyg hunt --logs '$tree' -q $(q "$hunt_query")"
check_tree="$hyg check --logs '$tree'"
grep_rc="grep -rc 'ServerInfo~' '$tree'"
floor="java -XX:TieredStopAtLevel=1 -cp '$work/floor' Floor"
floor_hunt="$floor scan '$tree' HttpProxy"
floor_check_read="$floor read '$tree'"
floor_check="$floor scan '$tree'"

# Warm the page cache and make each command's archive (its first run after a build trains it).
if [ "$rows" = startup ]; then
  set -- "$version" "$render_plain"
else
  cat "$tree"/V15/Logging/HttpProxy/*/* "$tree"/inetpub/logs/LogFiles/W3SVC1/* > /dev/null 2>&1 || true
  set -- "$version" "$render_plain" "$hunt_take" "$hunt_count" "$check_tree"
fi
for c in "$@"; do
  sh -c "$c" > /dev/null 2>&1 < /dev/null || true
done

# row LABEL GOAL HYGIENE-COMMAND REFERENCE-COMMAND|-
row() {
  local label=$1 goal=$2 mine=$3 ref=$4 i a b
  : > "$work/a"; : > "$work/b"
  for i in $(seq "$runs"); do
    timed "$mine" >> "$work/a"
    if [ "$ref" != - ]; then timed "$ref" >> "$work/b"; fi
  done
  a=$(cut -d' ' -f1 "$work/a" | median)
  rss=$(cut -d' ' -f2 "$work/a" | sort -n | tail -n 1)
  if [ "$ref" != - ]; then
    b=$(cut -d' ' -f1 "$work/b" | median)
    ratio=$(awk -v a="$a" -v b="$b" 'BEGIN {printf "%.2fx", a / b}')
    printf '| %s | %.2f s | %s %.2f s | %s | %s | %d MB |\n' "$label" "$(echo "$a / 1000" | bc -l)" \
      "$ref_name" "$(echo "$b / 1000" | bc -l)" "$ratio" "$goal" "$((rss / 1024))"
  else
    printf '| %s | %.2f s | | | %s | %d MB |\n' "$label" "$(echo "$a / 1000" | bc -l)" "$goal" \
      "$((rss / 1024))"
  fi
}

echo "JDK: $(java -version 2>&1 | head -n 1); $runs interleaved runs per side, medians"
echo "Load before: $(uptime)"
echo
echo '| measure | Hygiene | reference | ratio | goal | Hygiene peak RSS |'
echo '|---|---|---|---|---|---|'
ref_name='bare JVM hello world'
row '`hygiene render LESSON.md --plain`' '<= 2.0x' "$render_plain" "$hello"
row '`hygiene --version`' '' "$version" "$hello"
if [ "$rows" != startup ]; then
  row '`hunt --logs TREE -q '"'"'HttpProxy \| take 1'"'"'`, 1 GiB' '' "$hunt_take" -
  ref_name="\`grep -rc 'ServerInfo~'\`"
  row '`hunt -q '"'"'... startswith "ServerInfo~" \| summarize count() by ClientIpAddress'"'"'`, 1 GiB, -Xmx256m' '<= 2.0x' "$hunt_count" "$grep_rc"
  row '`check --logs TREE`, 1 GiB' '<= 1.5x, <= 300 MB' "$check_tree" "$grep_rc"
  row 'floor: `Floor scan` (line breaks, one byte) of the 738 MiB hunt reads' '' "$floor_hunt" "$grep_rc"
  row 'floor: `Floor read` (no scan) of the 994 MiB check reads' '' "$floor_check_read" "$grep_rc"
  row 'floor: `Floor scan` of the 994 MiB check reads' '' "$floor_check" "$grep_rc"
fi
echo
echo "Load after: $(uptime)"
