#!/usr/bin/env bash
# P5: how long `./run-local --no-build` takes until READY, and how much memory (PSS) the launcher and every process
# it started use, as a user runs it. Needs a build (./mvnw -DskipTests package, or one ./run-local).
#
#   scripts/benchmark-launcher.sh              a first run (no ahead-of-time caches), then 3 later runs
#   RUNS=5 scripts/benchmark-launcher.sh       5 later runs
#   FIRST=false scripts/benchmark-launcher.sh  later runs only (the caches must have been recorded)
#
# Each run is one `./run-local --no-build` in its own process group under the platform lock (held for the first
# run, then for the later runs; LOCK=/path to use another lock file). The first run deletes .local (data, extracted services, caches), as a
# fresh clone has none, so it also migrates and loads the demo data; later runs keep .local as a user's do. SETTLE
# seconds (default 20) after READY the PSS and RSS of the launcher and all its descendants are read from
# /proc/<pid>/smaps_rollup, and each service's heap in use from its management port's Prometheus endpoint; then the
# launcher gets SIGTERM and the time until it exits is printed. "CPU-s until READY" is the CPU time the launcher,
# PostgreSQL and everything they started used until READY (from /proc/<pid>/stat): less sensitive than the wall
# time to what else runs on the machine. After the first run the script waits, before
# stopping, until the background recording of the ahead-of-time caches is done (no training JVM for 10 s), so the
# later runs use them; the first run's memory includes that training JVM and is printed only for information.
#
# Extra flags for the launcher: LAUNCHER_ARGS="--only gateway-service,customer-service".
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
FIRST=${FIRST:-true}
SETTLE=${SETTLE:-20}
LOCK=${LOCK:-${TMPDIR:-/tmp}/jainshikanji-platform.lock}
LAUNCHER_ARGS=${LAUNCHER_ARGS:-}
OUT=${OUT:-target/benchmark-launcher}

# One run, called under the lock: prints "RESULT label ready stop pss cpu load" as its last line.
one_run() {
	label=$1
	log="$OUT/$label.log"
	if [ "$label" = "first" ]; then
		# Under the lock: somebody else's run of this checkout may be using it until then.
		rm -rf .local
	fi
	start=$(date +%s.%N)
	# shellcheck disable=SC2086
	setsid ./run-local --no-build $LAUNCHER_ARGS >"$log" 2>&1 &
	launcher=$!
	ready=""
	until grep -q '^READY$' "$log"; do
		if ! kill -0 "$launcher" 2>/dev/null; then
			echo "launcher exited before READY; see $log" >&2
			tail -30 "$log" >&2
			return 1
		fi
		sleep 0.1
	done
	ready=$(echo "$(date +%s.%N) - $start" | bc)
	cpu=$(python3 scripts/benchmark/launcher_memory.py "$launcher" --cpu)
	load=$(cut -d' ' -f1-3 /proc/loadavg)
	sleep "$SETTLE"
	python3 scripts/benchmark/launcher_memory.py "$launcher" >"$OUT/$label.memory"
	cat "$OUT/$label.memory"
	if grep -q 'Recording ahead-of-time caches' "$log"; then
		echo "  waiting for the background recording of the ahead-of-time caches..."
		quiet=0
		waited=0
		while [ $quiet -lt 10 ] && [ $waited -lt 900 ]; do
			if ps --ppid "$launcher" -o args= | grep -q -- '-XX:AOTMode='; then quiet=0; else quiet=$((quiet + 1)); fi
			sleep 1
			waited=$((waited + 1))
		done
		grep 'ahead-of-time cache of' "$log" | sed 's/^/  /' || true
		echo "  recording took about $waited s after the memory reading"
	fi
	stop_start=$(date +%s.%N)
	kill -TERM "$launcher"
	while kill -0 "$launcher" 2>/dev/null; do sleep 0.1; done
	stop=$(echo "$(date +%s.%N) - $stop_start" | bc)
	left=$(pgrep -g "$launcher" || true)
	if [ -n "$left" ]; then
		echo "  ! processes left in the launcher's group: $left" >&2
	fi
	pss=$(awk '/^total/ {print $2}' "$OUT/$label.memory")
	printf 'RESULT %s %.1f %.1f %s %s %s\n' "$label" "$ready" "$stop" "$pss" "$cpu" "$load"
}

if [ "${1:-}" = "__run" ]; then
	one_run "$2"
	exit
fi
# Several runs back to back, called under the lock.
if [ "${1:-}" = "__runs" ]; then
	shift
	for label in "$@"; do
		one_run "$label" 2>&1 | tee "$OUT/$label.out"
	done
	exit 0
fi

mkdir -p "$OUT"
results="$OUT/results.txt"
: >"$results"
# The lock is held for the first run (with the recording of the caches), then for the later runs together: the
# machine is shared, and other people's runs between ours would only make the wait longer.
runs() {
	echo "== $* ($(date -u +%H:%M:%S) UTC, load $(cut -d' ' -f1-3 /proc/loadavg) before waiting for the lock)"
	flock "$LOCK" bash "$0" __runs "$@"
	for label in "$@"; do
		grep '^RESULT' "$OUT/$label.out" >>"$results" || true
	done
}
if [ "$FIRST" = "true" ]; then
	runs first
fi
labels=()
for i in $(seq 1 "$RUNS"); do
	labels+=("later-$i")
done
if [ ${#labels[@]} -gt 0 ]; then
	runs "${labels[@]}"
fi

echo
echo "run        ready(s)  stop(s)  PSS(MiB)  CPU-s until READY  load average at READY (1, 5, 15 min)"
awk '{printf "%-10s %8s %8s %9s %18s  %s %s %s\n", $2, $3, $4, $5, $6, $7, $8, $9}' "$results"
awk '$2 ~ /^later/ {n++; r+=$3; p+=$5; c+=$6} END {if (n) printf "later runs: mean ready %.1f s, mean PSS %.0f MiB, mean CPU %.0f s (%d runs)\n", r/n, p/n, c/n, n}' "$results"
