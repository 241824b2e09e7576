#!/usr/bin/env bash
# Times two builds of the plugin side by side: the same change to two copies of one generated corpus, one built with
# each, alternating run by run, so that the machine's swings fall on both alike. Prints every run, then the medians
# and the ratio (this one / the base). See bench/README.md. Settings come from the environment:
#   BASE_MVN_ARGS      Maven arguments that select the base plugin, e.g. "-o -Dmaven.repo.local=/tmp/base-repo" (a
#                      local repository holding the other build of the same version); empty: the same plugin twice
#   ROUNDS_MVN_ARGS    Maven arguments for this build's plugin (e.g. "-o")
#   POSTS=10000        corpus size          RUNS=6    timed runs per side
#   EDIT=append|heading|newpost|none  what each run changes first: a sentence added to one post's end (the bench's one
#                      edit), another post's first section heading renamed (its teasers change), a new post, the newest
#                      (as bench/run.sh's new post row), or nothing
#   KEEP=1             build on the copies a previous run left in WORK (no new corpus; POSTS and JVM_CONFIG are then
#                      those copies')
#   WORK=<dir>         scratch folder (default: bench/target/ab)   SHARED=<dir>  the shared folder (default: ../shared)
#   ROUNDS_VERSION, GOALS, JVM_CONFIG  as for bench/run.sh
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
POSTS=${POSTS:-10000}
RUNS=${RUNS:-6}
EDIT=${EDIT:-append}
WORK=${WORK:-$repo/bench/target/ab}
SHARED=${SHARED:-$repo/../shared}
GOALS=${GOALS:-build campaign}
JVM_CONFIG=${JVM_CONFIG:-$repo/example-blog/.mvn/jvm.config}
ROUNDS_VERSION=${ROUNDS_VERSION:-$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$repo/pom.xml" | head -1)}
plugin="dev.rounds:rounds-maven-plugin:$ROUNDS_VERSION"
BASE_MVN_ARGS=${BASE_MVN_ARGS:-}
ROUNDS_MVN_ARGS=${ROUNDS_MVN_ARGS:-}
case "$EDIT" in append|heading|newpost|none) ;; *) echo "ab: EDIT must be append, heading, newpost or none" >&2; exit 2 ;; esac
[ -x /usr/bin/time ] || { echo "ab: needs /usr/bin/time (Debian's time package)" >&2; exit 2; }
[ -f "$SHARED/bench/gen-corpus.py" ] || { echo "ab: no $SHARED/bench/gen-corpus.py (set SHARED)" >&2; exit 2; }
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)

# shellcheck source=blog-pom.sh
. "$repo/bench/blog-pom.sh"

KEEP=${KEEP:-}
if [ -n "$KEEP" ] && [ -d "$WORK/base/posts" ] && [ -d "$WORK/this/posts" ]; then
  echo "ab: building on the copies in $WORK"
else
  KEEP=
  python3 "$SHARED/bench/gen-corpus.py" --posts "$POSTS" --out "$WORK/corpus" --force > /dev/null
  for side in base this; do
    rm -rf "$WORK/$side" && cp -r "$WORK/corpus" "$WORK/$side"
    write_pom "$WORK/$side"
    if [ "$JVM_CONFIG" != none ]; then mkdir -p "$WORK/$side/.mvn" && cp "$JVM_CONFIG" "$WORK/$side/.mvn/jvm.config"; fi
  done
fi

build() {
  local side=$1 args goals=() goal
  if [ "$side" = base ]; then read -r -a args <<< "${BASE_MVN_ARGS:-}"; else read -r -a args <<< "${ROUNDS_MVN_ARGS:-}"; fi
  for goal in $GOALS; do goals+=("$plugin:$goal"); done
  (cd "$WORK/$side" && mvn -B -q "${args[@]}" "${goals[@]}")
}
change() {
  local posts=$WORK/$1/posts run=$2 post
  case "$EDIT" in
    append) post=$(cd "$posts" && ls | sed -n 2p); printf '\nEdited for run %s.\n' "$run" >> "$posts/$post" ;;
    heading) post=$(cd "$posts" && ls | sed -n 3p); sed -i "0,/^## /s/^## \(.*\)\$/## \1, revised $run/" "$posts/$post" ;;
    newpost)
      # A copy of the fourth post under a new title, dated after every generated post and every earlier run's post
      # (from 23:58 on the last day of 2025, as bench/run.sh's, a second apart), so it is the newest and adds no year.
      local from name n
      from=$(cd "$posts" && ls | sed -n 4p)
      n=$(( $(cd "$posts" && ls | grep -c '^2025-12-31-ab-new-post-' || true) + 1 ))
      if [ "$n" -ge 120 ]; then echo "ab: $posts has 119 new posts; make new copies (without KEEP)" >&2; exit 2; fi
      name=2025-12-31-ab-new-post-$n.md
      sed -e "0,/^title: .*/s//title: \"A New Post for Side by Side Run $n\"/" \
        -e "0,/^date: .*/s//date: $(date -u -d "2025-12-31 23:58:00 UTC + $n seconds" +%Y-%m-%dT%H:%M:%SZ)/" \
        "$posts/$from" > "$posts/$name" ;;
    none) ;;
  esac
}

export -f build
export WORK plugin GOALS BASE_MVN_ARGS ROUNDS_MVN_ARGS

# Untimed: each side's first build (every page; with KEEP, a build with the plugin as it is now), and the disk cache
# filled.
for side in base this; do build "$side" > "$WORK/$side-first.log" 2>&1 || true; done
: > "$WORK/base.txt"; : > "$WORK/this.txt"
for ((run = 1; run <= RUNS; run++)); do
  # Each round in the other order: what runs second (a warmer disk cache, a busier machine) falls on both alike.
  sides="base this"; [ $((run % 2)) = 0 ] && sides="this base"
  for side in $sides; do
    change "$side" "$run"
    code=0
    /usr/bin/time -f "%e %U %M" -o "$WORK/.time" bash -c 'build "$@"' _ "$side" > "$WORK/$side-last.log" 2>&1 || code=$?
    # (GNU time puts a line of its own before the figures when the command fails.)
    echo "$(tail -n 1 "$WORK/.time") $code" >> "$WORK/$side.txt"
    echo "$side run $run: $(tail -n 1 "$WORK/.time") (seconds, user seconds, peak KiB), exit $code"
  done
done 2>&1 | sed 's/^/  /'

median() { sort -n | awk '{v[NR]=$1} END {if (NR%2) print v[(NR+1)/2]; else printf "%.2f\n", (v[NR/2]+v[NR/2+1])/2}'; }
col() { awk -v c="$2" '{print $c}' "$WORK/$1.txt" | median; }
echo
echo "$POSTS posts, EDIT=$EDIT, $RUNS runs each, medians:"
printf '| side | seconds | user seconds | peak MiB |\n|------|---------|--------------|----------|\n'
for side in base this; do
  printf '| %s | %s | %s | %d |\n' "$side" "$(col "$side" 1)" "$(col "$side" 2)" $(( $(col "$side" 3 | cut -d. -f1) / 1024 ))
done
awk -v a="$(col base 1)" -v b="$(col this 1)" 'BEGIN {printf "Time ratio (this / base): %.2f\n", b / a}'
paste -d' ' "$WORK/base.txt" "$WORK/this.txt" | awk '{n++; if ($5 < $1) f++} END {printf "This side faster in %d of %d runs\n", f, n}'
failed=$(awk '$4 != 0' "$WORK/base.txt" "$WORK/this.txt" | wc -l)
[ "$failed" = 0 ] || echo "$failed runs ended with a non-zero exit (see $WORK/*-last.log)"
