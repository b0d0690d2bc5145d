# Sourced by the benchmark scripts.
# CPU time (clock ticks) of a process and everything it started: a service JVM, or PostgreSQL and its backends. A
# child that has ended (a backend whose pooled connection was retired) counts through its parent's cutime and cstime,
# so the figure never goes backwards when one does.
ticks() {
	local total child
	[ "${1:-0}" -gt 0 ] || { echo 0; return; }
	total=$(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$1/stat" 2>/dev/null || echo 0)
	for child in $(pgrep -P "$1" || true); do total=$(( total + $(ticks "$child") )); done
	echo "$total"
}
