#!/usr/bin/env bash
# Times the floor under a full build with flexmark-java: a cold JVM (the blog's JVM options) that reads every post and
# renders its Markdown, and nothing else, side by side with Hugo's full build and Rounds' own, on the same posts, in
# turns; prints medians and each one's ratio to Hugo's time. See bench/README.md ("The floor"). Settings:
#   POSTS=10000         corpus sizes           RUNS=5     timed runs per row
#   WORK=<dir>          scratch folder (default: bench/target/floor)
#   SHARED=<dir>        the shared folder with bench/gen-corpus.py and bench/peers.sh (default: ../shared)
#   ROUNDS_VERSION      the installed plugin's version (default: the repository's)
#   PLUGIN_JAR=<file>   the plugin jar whose flexmark and MarkdownRenderer are timed (default: the installed one,
#                       under MAVEN_REPO, default ~/.m2/repository)
#   ROUNDS_MVN_ARGS     extra arguments for Maven in the full build's row (e.g. "-o"; with -Dmaven.repo.local=DIR,
#                       set MAVEN_REPO=DIR too, so that the floor's rows run the same plugin)
#   FULL=on|off         on (default): Rounds' full build (rounds:build rounds:campaign, target/ deleted) is a row too
#   HUGO=auto|skip      as in run.sh        JVM_CONFIG=<file>  the JVM options for every Java row (as in run.sh);
#                       flexmark without extensions is also timed with the JVM's own defaults
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
POSTS=${POSTS:-10000}
RUNS=${RUNS:-5}
WORK=${WORK:-$repo/bench/target/floor}
SHARED=${SHARED:-$repo/../shared}
HUGO=${HUGO:-auto}
FULL=${FULL:-on}
JVM_CONFIG=${JVM_CONFIG:-$repo/example-blog/.mvn/jvm.config}
ROUNDS_VERSION=${ROUNDS_VERSION:-$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$repo/pom.xml" | head -1)}
MAVEN_REPO=${MAVEN_REPO:-$HOME/.m2/repository}
PLUGIN_JAR=${PLUGIN_JAR:-$MAVEN_REPO/dev/rounds/rounds-maven-plugin/$ROUNDS_VERSION/rounds-maven-plugin-$ROUNDS_VERSION.jar}
plugin="dev.rounds:rounds-maven-plugin:$ROUNDS_VERSION"

[ -f "$PLUGIN_JAR" ] || { echo "floor: no plugin jar at $PLUGIN_JAR (mvn install first, or set PLUGIN_JAR)" >&2; exit 2; }
# shellcheck source=tools.sh
. "$repo/bench/tools.sh"
bench_tools floor "no ratios"
# shellcheck source=blog-pom.sh
. "$repo/bench/blog-pom.sh"

# The driver, compiled against the plugin jar (its flexmark and its MarkdownRenderer).
rm -rf "$WORK/classes"
javac -d "$WORK/classes" -cp "$PLUGIN_JAR" "$repo/bench/floor/Floor.java"
JVM_OPTIONS=""
if [ "$JVM_CONFIG" != none ]; then JVM_OPTIONS=$(tr -s '\r\n' '  ' < "$JVM_CONFIG"); fi

floor() {
  local options=()
  [ "${3:-}" = defaults ] || read -r -a options <<< "$JVM_OPTIONS"
  java "${options[@]}" -cp "$PLUGIN_JAR:$WORK/classes" Floor "$1" "$2/posts"
}
rounds_full() {
  local args; read -r -a args <<< "${ROUNDS_MVN_ARGS:-}"
  (cd "$1" && mvn -B -q "${args[@]}" "$plugin:build" "$plugin:campaign")
}
export -f floor rounds_full
export JVM_OPTIONS PLUGIN_JAR WORK plugin ROUNDS_MVN_ARGS=${ROUNDS_MVN_ARGS:-}

col() { [ -f "$1" ] && awk -v c="$2" '{print $c}' "$1" | median || echo -; }

steps=(read core rounds)
for n in $POSTS; do
  corpus=$WORK/corpus-$n
  python3 "$SHARED/bench/gen-corpus.py" --posts "$n" --out "$corpus" --force > /dev/null
  rm -rf "$corpus/target" "$corpus/.hugo-site" "$corpus/hugo-public" "$corpus/.mvn"
  write_pom "$corpus"
  if [ "$JVM_CONFIG" != none ]; then mkdir -p "$corpus/.mvn" && cp "$JVM_CONFIG" "$corpus/.mvn/jvm.config"; fi
  rm -f "$WORK/$n"-*.txt
  # Warm-up, untimed: the disk cache, Hugo's layout of the site, the plugin's resolution.
  floor read "$corpus" > /dev/null
  [ "$HUGO" = skip ] || "$SHARED/bench/peers.sh" hugo "$corpus" "$corpus/hugo-public" > /dev/null 2>&1
  [ "$FULL" != on ] || rounds_full "$corpus" > "$WORK/last.log" 2>&1 || true
  for ((run = 1; run <= RUNS; run++)); do
    for step in "${steps[@]}"; do timed "$WORK/$n-$step.txt" floor "$step" "$corpus"; done
    timed "$WORK/$n-core-defaults.txt" floor core "$corpus" defaults
    [ "$HUGO" = skip ] || timed "$WORK/$n-hugo.txt" "$SHARED/bench/peers.sh" hugo "$corpus" "$corpus/hugo-public"
    # As run.sh's full row: the output deleted before the timer starts.
    if [ "$FULL" = on ]; then rm -rf "$corpus/target"; timed "$WORK/$n-full.txt" rounds_full "$corpus"; fi
  done
done

printf '\nThe floor under a full build (JVM options: %s; %s), against Hugo %s, median of %s runs each, in turns.\n\n' \
  "$( [ "$JVM_CONFIG" = none ] && echo "the JVM's defaults" || tr -s '\r\n' '  ' < "$JVM_CONFIG" | sed 's/ *$//')" \
  "$(basename "$PLUGIN_JAR")" "$( [ "$HUGO" = skip ] && echo "(skipped)" || hugo version 2>/dev/null | awk '{print $2}')" "$RUNS"
printf '| %-6s | %-49s | %7s | %6s | %10s |\n' posts "what runs" s MiB "vs Hugo"
printf '|%s|\n' "--------|---------------------------------------------------|---------|--------|------------"
failed=0 floor_failed=0 budgets=()
for n in $POSTS; do
  hugo_s=$(col "$WORK/$n-hugo.txt" 1)
  for row in read core core-defaults rounds hugo full; do
    file=$WORK/$n-$row.txt
    [ -f "$file" ] || continue
    case $row in
      read) label="JVM, posts read, no Markdown";;
      core) label="JVM, posts read, flexmark without extensions";;
      core-defaults) label="the same, with the JVM's default options";;
      rounds) label="JVM, posts read, flexmark as Rounds renders";;
      hugo) label="Hugo: full build";;
      full) label="Rounds: full build (site and tweet plan)";;
    esac
    bad=$(awk '$3 != 0' "$file" | wc -l)
    s=$(col "$file" 1); mib=$(col "$file" 2 | awk '{printf "%.0f", $1/1024}')
    ratio=$(awk -v a="$s" -v b="$hugo_s" 'BEGIN {if (b+0 > 0) printf "%.2f", a/b; else print "-"}')
    if [ "$bad" -gt 0 ] && [ "$row" != full ] && [ "$row" != hugo ]; then
      # A step of the floor that failed did less than it should: no time is shown for it.
      s=failed mib=- ratio=-; floor_failed=$((floor_failed + bad))
    else
      failed=$((failed + bad))
    fi
    printf '| %-6s | %-49s | %7s | %6s | %10s |\n' "$n" "$label" "$s" "$mib" "$ratio"
  done
  if [ "$hugo_s" != - ]; then
    budgets+=("$(awk -v h="$hugo_s" -v n="$n" 'BEGIN {printf "%s posts: a full build at 0.5x Hugo (issue 8) would take %.2f s.", n, h / 2}')")
  fi
done
echo
for line in "${budgets[@]}"; do echo "$line"; done
if [ "$failed" -gt 0 ]; then
  echo "Note: $failed full-build runs ended with a non-zero exit (logs: $WORK/*.log): timed all the same (the generated"
  echo "corpus has titles the confidentiality guard blocks as names, which fails rounds:campaign after it wrote the plan)."
fi
if [ "$floor_failed" -gt 0 ]; then
  echo "floor: $floor_failed runs of the floor's steps failed (logs: $WORK/*.log)" >&2
  exit 1
fi
