#!/usr/bin/env bash
# Times Rounds against Hugo on the same generated posts, side by side, and prints medians and ratios.
# See bench/README.md. Settings come from the environment:
#   POSTS="1000 10000"  corpus sizes          RUNS=5     timed runs per row and tool
#   WORK=<dir>          scratch folder (default: bench/target under the repository)
#   SHARED=<dir>        the shared folder with bench/gen-corpus.py and bench/peers.sh (default: ../shared)
#   ROUNDS_VERSION      the installed plugin's version (default: the repository's)
#   ROUNDS_MVN_ARGS     extra arguments for Maven (e.g. "-o -Dmaven.repo.local=/path")
#   GOALS="build campaign"  the Rounds goals timed (the site and the tweet plan; "build" times the site alone)
#   HUGO=auto|skip      auto: install Debian's hugo if missing (needs root or sudo); skip: time Rounds only
#   JVM_CONFIG=<file>|none  the blog's .mvn/jvm.config, Maven's JVM options (default: the example blog's, as the
#                       README advises a blog to keep; none: Maven's own defaults)
#   CDS=off|on          on: the untimed warm-up run writes a class-data archive and the timed runs map it
#                       (-XX:SharedArchiveFile, the README's optional set-up under Speed); off (default): none
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
POSTS=${POSTS:-"1000 10000"}
RUNS=${RUNS:-5}
WORK=${WORK:-$repo/bench/target}
SHARED=${SHARED:-$repo/../shared}
HUGO=${HUGO:-auto}
GOALS=${GOALS:-build campaign}
JVM_CONFIG=${JVM_CONFIG:-$repo/example-blog/.mvn/jvm.config}
CDS=${CDS:-off}
ROUNDS_VERSION=${ROUNDS_VERSION:-$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$repo/pom.xml" | head -1)}
plugin="dev.rounds:rounds-maven-plugin:$ROUNDS_VERSION"

# shellcheck source=tools.sh
. "$repo/bench/tools.sh"
bench_tools bench "timing Rounds only"

# shellcheck source=blog-pom.sh
. "$repo/bench/blog-pom.sh"

rounds() {
  local args; read -r -a args <<< "${ROUNDS_MVN_ARGS:-}"
  local goals=() goal
  for goal in ${GOALS:-build campaign}; do goals+=("$plugin:$goal"); done
  (cd "$1" && mvn -B -q "${args[@]}" "${goals[@]}")
}
hugo_build() { "$SHARED/bench/peers.sh" hugo "$1" "$1/hugo-public" ${2:-}; }
export -f rounds hugo_build
export plugin SHARED GOALS
export ROUNDS_MVN_ARGS=${ROUNDS_MVN_ARGS:-}

# Changes one post's body a little, in the corpus and in Hugo's copy of it.
edit_post() {
  local corpus=$1 run=$2 post
  post=$(cd "$corpus/posts" && ls | sed -n 2p)
  printf '\nEdited for run %s.\n' "$run" >> "$corpus/posts/$post"
  [ ! -f "$corpus/.hugo-site/content/posts/$post" ] || printf '\nEdited for run %s.\n' "$run" >> "$corpus/.hugo-site/content/posts/$post"
}

# Renames one post's first section heading (another post than edit_post's), in the corpus and in Hugo's copy: a change
# that reaches the post's teasers, so the tweet plan and its files change too.
edit_heading() {
  local corpus=$1 run=$2 post file
  post=$(cd "$corpus/posts" && ls | sed -n 3p)
  for file in "$corpus/posts/$post" "$corpus/.hugo-site/content/posts/$post"; do
    [ ! -f "$file" ] || sed -i "0,/^## /s/^## \(.*\)\$/## \1, revised $run/" "$file"
  done
}

# Adds a post, the newest of all (a copy of another one under a new title, dated in the last two minutes of 2025, after
# every post gen-corpus.py dates, so no year is added), to the corpus and to Hugo's copy: the home pages shift by one,
# the pages of its tags change, and its older neighbour links to it.
new_post() {
  local corpus=$1 run=$2 from date name site
  from=$(cd "$corpus/posts" && ls | sed -n 4p)
  date=$(date -u -d "2025-12-31 23:58:00 UTC + $run seconds" +%Y-%m-%dT%H:%M:%SZ)
  name=2025-12-31-a-new-post-for-run-$run.md
  sed -e "0,/^title: .*/s//title: \"A New Post for Run $run\"/" -e "0,/^date: .*/s//date: $date/" \
    "$corpus/posts/$from" > "$corpus/posts/$name"
  site=$corpus/.hugo-site/content/posts
  if [ -d "$site" ]; then
    cp "$corpus/posts/$name" "$site/$name"
    # peers.sh lays out Hugo's site again when the posts folder is newer than its copy: the copy already has the post.
    touch "$site"
  fi
}

col() { awk -v c="$2" '{print $c}' "$1" | median; }
failures() { awk '$3 != 0' "$1" 2>/dev/null | wc -l; }

rows=()
cds_missing=0
for n in $POSTS; do
  corpus=$WORK/corpus-$n
  python3 "$SHARED/bench/gen-corpus.py" --posts "$n" --out "$corpus" --force > /dev/null
  rm -rf "$corpus/target" "$corpus/.hugo-site" "$corpus/hugo-public"
  write_pom "$corpus"
  rm -rf "$corpus/.mvn"
  if [ "$JVM_CONFIG" != none ]; then mkdir -p "$corpus/.mvn" && cp "$JVM_CONFIG" "$corpus/.mvn/jvm.config"; fi
  rm -f "$WORK"/"$n"-*.txt
  # Warm-up, untimed: fills the disk cache, lays out Hugo's site, resolves the plugin; with CDS, the JVM writes the
  # classes it loaded to an archive on exit, which every timed run then maps.
  archive=$corpus/.mvn/classes.jsa
  if [ "$CDS" = on ] && [[ "$archive" == *[[:space:]]* ]]; then
    # Maven splits jvm.config at white space, so the option could not name this path.
    echo "bench: $archive has white space in it; timing without a class-data archive" >&2; cds_missing=1
  fi
  if [ "$CDS" = on ] && [[ "$archive" != *[[:space:]]* ]]; then
    mkdir -p "$corpus/.mvn"
    MAVEN_OPTS="${MAVEN_OPTS:-} -XX:ArchiveClassesAtExit=$archive" rounds "$corpus" > "$WORK/last.log" 2>&1 || true
    if [ -f "$archive" ]; then printf '\n%s\n' "-XX:SharedArchiveFile=$archive" >> "$corpus/.mvn/jvm.config"
    else echo "bench: no class-data archive was written (see $WORK/last.log); timing without" >&2; cds_missing=1; fi
  else
    rounds "$corpus" > "$WORK/last.log" 2>&1 || true
  fi
  [ "$HUGO" = skip ] || hugo_build "$corpus" > /dev/null 2>&1
  for ((run = 1; run <= RUNS; run++)); do
    rm -rf "$corpus/target";   timed "$WORK/$n-full-rounds.txt" rounds "$corpus"
    [ "$HUGO" = skip ] ||      timed "$WORK/$n-full-hugo.txt" hugo_build "$corpus"
    timed "$WORK/$n-nochange-rounds.txt" rounds "$corpus"
    [ "$HUGO" = skip ] ||      timed "$WORK/$n-nochange-hugo.txt" hugo_build "$corpus" --keep
    edit_post "$corpus" "$run"
    timed "$WORK/$n-edit-rounds.txt" rounds "$corpus"
    [ "$HUGO" = skip ] ||      timed "$WORK/$n-edit-hugo.txt" hugo_build "$corpus" --keep
    edit_heading "$corpus" "$run"
    timed "$WORK/$n-heading-rounds.txt" rounds "$corpus"
    [ "$HUGO" = skip ] ||      timed "$WORK/$n-heading-hugo.txt" hugo_build "$corpus" --keep
    new_post "$corpus" "$run"
    timed "$WORK/$n-newpost-rounds.txt" rounds "$corpus"
    [ "$HUGO" = skip ] ||      timed "$WORK/$n-newpost-hugo.txt" hugo_build "$corpus" --keep
  done
  for row in full nochange edit heading newpost; do rows+=("$n $row"); done
done

jvm_options=$( [ "$JVM_CONFIG" = none ] && echo "Maven's defaults" || tr -s '\r\n' '  ' < "$JVM_CONFIG" | sed 's/ *$//')
if [ "$CDS" = on ] && [ "$cds_missing" = 0 ]; then jvm_options="$jvm_options; class data sharing archive from the warm-up run"
elif [ "$CDS" = on ]; then jvm_options="$jvm_options; class data sharing asked for, but no archive for some corpora"; fi
printf '\nRounds %s (%s; JVM options: %s) vs Hugo (%s), median of %s runs each, alternating; memory is peak RSS.\n\n' \
  "$ROUNDS_VERSION" "$GOALS" "$jvm_options" \
  "$( [ "$HUGO" = skip ] && echo "skipped" || hugo version 2>/dev/null | awk '{print $2}')" "$RUNS"
printf '| %-6s | %-10s | %9s | %10s | %9s | %10s | %10s | %9s |\n' posts build "rounds s" "rounds MiB" "hugo s" "hugo MiB" \
  "time ratio" "mem ratio"
printf '|%s|\n' "--------|------------|-----------|------------|-----------|------------|------------|-----------"
failed=0
for row in "${rows[@]}"; do
  read -r n kind <<< "$row"
  r=$WORK/$n-$kind-rounds.txt h=$WORK/$n-$kind-hugo.txt
  rs=$(col "$r" 1); rm=$(col "$r" 2 | awk '{printf "%.0f", $1/1024}')
  if [ -f "$h" ]; then hs=$(col "$h" 1); hm=$(col "$h" 2 | awk '{printf "%.0f", $1/1024}'); else hs=-; hm=-; fi
  tr=$(awk -v a="$rs" -v b="$hs" 'BEGIN {if (b+0 > 0) printf "%.2f", a/b; else print "-"}')
  mr=$(awk -v a="$rm" -v b="$hm" 'BEGIN {if (b+0 > 0) printf "%.2f", a/b; else print "-"}')
  label=$kind; [ "$kind" = edit ] && label="one edit"; [ "$kind" = nochange ] && label="no change"
  [ "$kind" = heading ] && label="a heading"; [ "$kind" = newpost ] && label="a new post"
  printf '| %-6s | %-10s | %9s | %10s | %9s | %10s | %10s | %9s |\n' "$n" "$label" "$rs" "$rm" "$hs" "$hm" "$tr" "$mr"
  failed=$((failed + $(failures "$r")))
done
sizes=($POSTS)
if [ ${#sizes[@]} -ge 2 ]; then
  small=${sizes[0]} large=${sizes[${#sizes[@]}-1]}
  awk -v a="$(col "$WORK/$large-full-rounds.txt" 1)" -v b="$(col "$WORK/$small-full-rounds.txt" 1)" -v l="$large" -v s="$small" \
    'BEGIN {printf "\nGrowth: %s posts take %.1fx the time of %s (linear would be %.0fx).\n", l, a/b, s, l/s}'
fi
if [ "$failed" -gt 0 ]; then
  echo "Note: $failed Rounds runs ended with a non-zero exit (logs: $WORK/*-rounds.log): timed all the same."
fi
