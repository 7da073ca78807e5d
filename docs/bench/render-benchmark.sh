#!/usr/bin/env sh
# Benchmark the renderer and the launcher's cold start (see docs/benchmarks.md).
# Usage: docs/bench/render-benchmark.sh [runs]   (build first: ./mvnw -q -B -DskipTests package)
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")/../.." && pwd)
runs=${1:-10}
jar="$here/content/target/hygiene.jar"
lesson=$(ls "$here"/content/course/lessons/*.md | head -n 1)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HYGIENE_HOME="$tmp/home"

cat > "$tmp/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
JAVA
javac -d "$tmp" "$tmp/Hello.java"

# Render every bundled lesson at 80 columns, many times over, inside one JVM.
cat > "$tmp/RenderAll.java" <<'JAVA'
import java.nio.file.*;
import org.hygiene.core.course.FrontMatterParser;
import org.hygiene.core.markdown.*;
public class RenderAll {
    public static void main(String[] a) throws Exception {
        var bodies = new java.util.ArrayList<String>();
        try (var files = Files.list(Path.of(a[0]))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                bodies.add(FrontMatterParser.parse(p.toString(), Files.readString(p)).body());
            }
        }
        var r = new TerminalMarkdown(Theme.DARK, 80);
        int lines = 0;
        for (int i = 0; i < 200; i++) for (String b : bodies) lines += r.render(b).size();   // warm-up
        long t0 = System.nanoTime();
        int n = 2000;
        for (int i = 0; i < n; i++) for (String b : bodies) lines += r.render(b).size();
        long t1 = System.nanoTime();
        System.out.printf("%d lessons, %d rendered lines: %.3f ms per render of all lessons (warm)%n",
                bodies.size(), lines / (n + 200), (t1 - t0) / 1e6 / n);
    }
}
JAVA
javac -cp "$jar" -d "$tmp" "$tmp/RenderAll.java"
java -cp "$jar:$tmp" RenderAll "$here/content/course/lessons"

time_runs() { # label, command...
  label=$1; shift
  start=$(date +%s%N)
  i=0
  while [ $i -lt "$runs" ]; do "$@" > /dev/null; i=$((i + 1)); done
  end=$(date +%s%N)
  echo "$label: $(( (end - start) / runs / 1000000 )) ms per run (mean of $runs)"
}

if command -v hyperfine > /dev/null 2>&1; then
  hyperfine -N -w 2 -r "$runs" \
    "java -cp $tmp Hello" \
    "env HYGIENE_CDS=0 $here/hygiene render $lesson --plain" \
    "$here/hygiene render $lesson --plain"
else
  time_runs "bare JVM hello world" java -cp "$tmp" Hello
  time_runs "hygiene render --plain, no CDS" env HYGIENE_CDS=0 "$here/hygiene" render "$lesson" --plain
  "$here/hygiene" render "$lesson" --plain > /dev/null   # creates the CDS archive if missing
  time_runs "hygiene render --plain, AppCDS" "$here/hygiene" render "$lesson" --plain
fi
