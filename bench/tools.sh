#!/usr/bin/env bash
# Sourced by bench/run.sh and bench/floor.sh: what a timed run needs on the machine, checked (and installed from
# Debian when missing) before the first corpus is made, and the two helpers both time and sum up with.

need() { command -v "$1" >/dev/null || [ -x "$1" ]; }

install_pkg() {
  local sudo_cmd=""; [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "$@" >/dev/null
}

# GNU time; Hugo unless HUGO=skip (set to skip, with a word on standard error, when it cannot be installed); the
# corpus generator under SHARED (exits when it is missing). Then makes WORK and sets it to its absolute path.
# $1: the script's name for the messages, $2: what is timed when Hugo is missing.
bench_tools() {
  need /usr/bin/time || install_pkg time
  if [ "$HUGO" != skip ] && ! need hugo; then
    install_pkg hugo || { echo "$1: cannot install hugo; $2" >&2; HUGO=skip; }
  fi
  [ -f "$SHARED/bench/gen-corpus.py" ] || { echo "$1: no $SHARED/bench/gen-corpus.py (set SHARED)" >&2; exit 2; }
  mkdir -p "$WORK"
  WORK=$(cd "$WORK" && pwd)
}

# One timed command (a function exported to bash will do): appends "seconds peak_kib exit_code" to $1, and its output
# to the .log beside it.
timed() {
  local into=$1; shift
  local stats=$WORK/.time.$$ code=0
  /usr/bin/time -f "%e %M" -o "$stats" bash -c '"$@"' timed "$@" > "${into%.txt}.log" 2>&1 || code=$?
  echo "$(tail -1 "$stats") $code" >> "$into"
  rm -f "$stats"
}

# The median of the numbers on standard input, one a line; "-" for none.
median() { sort -n | awk '{v[NR]=$1} END {if (NR==0) print "-"; else if (NR%2) print v[(NR+1)/2]; else printf "%.2f\n", (v[NR/2]+v[NR/2+1])/2}'; }
