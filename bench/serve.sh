#!/usr/bin/env bash
# Times the live preview: rounds:serve against `hugo server` on the same generated posts. Each server is started on
# its own copy of the corpus, one post is saved EDITS times (a sentence appended, PAUSE seconds apart), and the script
# prints the median rebuild time each server reports after a save, and their ratio. See bench/README.md.
#   POSTS=10000  corpus size     EDITS=15  saves per server     PAUSE=2  seconds between saves
#   EDIT=append  what each save does: append (a sentence at the end), title (a word added to the title: the post's
#                teasers, its neighbours, lists and the campaign preview change) or heading (the first section heading
#                renamed: the post's teasers and their links change)
#   WORK, SHARED, ROUNDS_VERSION, ROUNDS_MVN_ARGS, JVM_CONFIG, HUGO: as in bench/run.sh
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
POSTS=${POSTS:-10000}
EDITS=${EDITS:-15}
PAUSE=${PAUSE:-2}
EDIT=${EDIT:-append}
case "$EDIT" in append|title|heading) ;; *) echo "serve bench: EDIT is append, title or heading" >&2; exit 2 ;; esac
WORK=${WORK:-$repo/bench/target}
SHARED=${SHARED:-$repo/../shared}
HUGO=${HUGO:-auto}
JVM_CONFIG=${JVM_CONFIG:-$repo/example-blog/.mvn/jvm.config}
ROUNDS_VERSION=${ROUNDS_VERSION:-$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$repo/pom.xml" | head -1)}
ROUNDS_PORT=${ROUNDS_PORT:-18790}
HUGO_PORT=${HUGO_PORT:-18791}

[ -f "$SHARED/bench/gen-corpus.py" ] || { echo "serve bench: no $SHARED/bench/gen-corpus.py (set SHARED)" >&2; exit 2; }
if [ "$HUGO" != skip ] && ! command -v hugo > /dev/null; then
  sudo_cmd=""; [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq hugo > /dev/null || HUGO=skip
fi
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
corpus=$WORK/serve-$POSTS
python3 "$SHARED/bench/gen-corpus.py" --posts "$POSTS" --out "$corpus" --force > /dev/null
rm -rf "$corpus/target" "$corpus/.hugo-site" "$corpus/.mvn"
# shellcheck source=blog-pom.sh
. "$repo/bench/blog-pom.sh"
write_pom "$corpus"
if [ "$JVM_CONFIG" != none ]; then mkdir -p "$corpus/.mvn" && cp "$JVM_CONFIG" "$corpus/.mvn/jvm.config"; fi
post=$(cd "$corpus/posts" && ls | sed -n 5p)

# Waits until the log $1 has a line matching $2 (up to $3 seconds), while the process $4 runs.
await() {
  local waited=0
  until grep -q "$2" "$1" 2> /dev/null; do
    kill -0 "$4" 2> /dev/null || { echo "serve bench: the server stopped before '$2' (log: $1)" >&2; return 1; }
    sleep 1; waited=$((waited + 1))
    [ "$waited" -lt "$3" ] || { echo "serve bench: no '$2' in $1 after $3 s" >&2; kill "$4"; return 1; }
  done
}
# Saves the post EDITS times, PAUSE seconds apart (the first two saves warm the server up and are not counted).
save() {
  local file=$1 i
  local text
  for ((i = 1; i <= EDITS + 2; i++)); do
    case "$EDIT" in
      append) printf '\nSaved for the serve benchmark, %s.\n' "$i" >> "$file" ;;
      # Rewritten in place (as the append is), not replaced by a new file as sed -i would.
      title) text=$(sed "s/^title: \"\(.*\)\"\$/title: \"\1 $i\"/" "$file") ;;
      heading) text=$(sed "0,/^## /s/^## \(.*\)\$/## \1, $i/" "$file") ;;
    esac
    if [ "$EDIT" != append ]; then
      # A save that changed nothing would time no edit at all.
      [ "$text" != "$(cat "$file")" ] || { echo "serve bench: EDIT=$EDIT finds nothing to change in $file" >&2; return 1; }
      printf '%s\n' "$text" > "$file"
    fi
    sleep "$PAUSE"
  done
}
median() { sort -n | awk 'NF {v[++n]=$1} END {if (n==0) print "-"; else if (n%2) print v[(n+1)/2]; else printf "%.0f\n", (v[n/2]+v[n/2+1])/2}'; }
# The 90th percentile (nearest rank) and the slowest.
p90() { sort -n | awk 'NF {v[++n]=$1} END {if (n==0) print "-"; else {r=int(n*0.9); if (r<n*0.9) r++; print v[r]}}'; }
slowest() { sort -n | tail -1 | grep . || echo -; }

# Starts a server (the command after the first three arguments) with its output in $1, waits for the line $2 that
# says it is serving, saves the post $3, stops the server, and keeps the last EDITS lines of $1 matching $4 in $5.
time_server() {
  local log=$1 ready=$2 file=$3 rebuilt=$4 into=$5 pid
  shift 5
  "$@" > "$log" 2>&1 &
  pid=$!
  await "$log" "$ready" 600 "$pid"
  save "$file" || { kill "$pid"; return 1; }
  sleep 2
  kill "$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
  grep "$rebuilt" "$log" | tail -n "$EDITS" > "$into" || true
}
serve_rounds() {
  local args=(); read -r -a args <<< "${ROUNDS_MVN_ARGS:-}"
  cd "$corpus" && exec mvn -B "${args[@]}" "dev.rounds:rounds-maven-plugin:$ROUNDS_VERSION:serve" \
    -Drounds.serve.port="$ROUNDS_PORT" -Drounds.serve.timeout=$((EDITS * PAUSE * 3 + 600))
}

# "Rebuilt in 190 ms after a change to posts/x.md (221 ms after the save)"
time_server "$WORK/serve-rounds.log" "Serving" "$corpus/posts/$post" "Rebuilt in" "$WORK/serve-rounds.txt" serve_rounds
rounds_build=$(sed 's/.*Rebuilt in \([0-9]*\) ms.*/\1/' "$WORK/serve-rounds.txt" | median)
rounds_saves=$(sed -n 's/.*(\([0-9]*\) ms after the save).*/\1/p' "$WORK/serve-rounds.txt")
rounds_save=$(median <<< "$rounds_saves")
rounds_save_p90=$(p90 <<< "$rounds_saves")
rounds_save_max=$(slowest <<< "$rounds_saves")

hugo_build=-; hugo_build_p90=-; hugo_build_max=-
if [ "$HUGO" != skip ]; then
  "$SHARED/bench/peers.sh" hugo "$corpus" "$WORK/serve-hugo-public" > /dev/null 2>&1
  # "Total in 1234 ms", once for the first build and once per rebuild
  time_server "$WORK/serve-hugo.log" "Web Server is available" "$corpus/.hugo-site/content/posts/$post" "Total in" \
    "$WORK/serve-hugo.txt" hugo server --source "$corpus/.hugo-site" --port "$HUGO_PORT" --bind 127.0.0.1 \
    --disableLiveReload
  hugo_builds=$(sed 's/.*Total in \([0-9]*\) ms.*/\1/' "$WORK/serve-hugo.txt")
  hugo_build=$(median <<< "$hugo_builds")
  hugo_build_p90=$(p90 <<< "$hugo_builds")
  hugo_build_max=$(slowest <<< "$hugo_builds")
fi

printf '\nLive preview, %s posts, one post saved %s times, edit: %s (ms; Rounds %s, JVM options: %s; Hugo %s):\n\n' \
  "$POSTS" "$EDITS" "$EDIT" "$ROUNDS_VERSION" "$( [ "$JVM_CONFIG" = none ] && echo "Maven's defaults" \
  || tr -s '\r\n' '  ' < "$JVM_CONFIG" | sed 's/ *$//')" \
  "$( [ "$HUGO" = skip ] && echo "skipped" || hugo version 2> /dev/null | awk '{print $2}')"
printf '| %-24s | %8s | %8s | %8s |\n' "" "median" "90th" "slowest"
printf '|%s|%s|%s|%s|\n' "--------------------------" "----------" "----------" "----------"
printf '| %-24s | %8s | %8s | %8s |\n' "rounds:serve rebuild" "$rounds_build" "" "" \
  "rounds:serve after save" "$rounds_save" "$rounds_save_p90" "$rounds_save_max" \
  "hugo server rebuild" "$hugo_build" "$hugo_build_p90" "$hugo_build_max"
awk -v a="$rounds_build" -v b="$hugo_build" 'BEGIN {if (b+0 > 0) printf "\nRebuild time ratio (Rounds / Hugo): %.2f\n", a/b}'
