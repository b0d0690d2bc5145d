#!/usr/bin/env bash
# Measures what the gateway costs: the same authenticated GET (/api/v1/customers/me, JWT verified, a database read)
# sent straight to customer-service and through the gateway (JWT verification + Redis rate limiter + routing), with
# wrk. Reports throughput at full load and latency at half of the direct maximum. A script, not a test: it never
# fails on speed.
#
#   scripts/benchmark-gateway.sh            (needs a build: ./mvnw -DskipTests package; and wrk: apt-get install wrk;
#                                            uses the local platform's ports: stop ./run-local first)
#   DURATION=30s CONNECTIONS=64 scripts/benchmark-gateway.sh
#   ROUNDS=5 WARMUP=90s scripts/benchmark-gateway.sh        (full-load rounds, default 3; JIT done before them)
#   GATEWAY_OPTS="-Dreactor.netty.native=false" scripts/benchmark-gateway.sh    (Netty without epoll; JVM options of
#                                            both processes, after the launcher's own)
#   GATEWAY_OPTS=-Xmn128m scripts/benchmark-gateway.sh    (a young generation sized as in the containers, not the
#                                            local platform's 8 MiB)
#   GATEWAY_JAR=/tmp/old.jar scripts/benchmark-gateway.sh   (another gateway in front of the built customer-service,
#                                            e.g. scripts/benchmark/bare-gateway's: the framework's floor)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/benchmark/wrk-platform.sh
ROUNDS=${ROUNDS:-3}
data=$(mktemp -d /tmp/gateway-benchmark-XXXX)

# Limits far above the test rate, and full JIT (the local platform's default is quick-start C1 only).
export RATE_LIMIT_AUTHENTICATED=1000000000
# No ahead-of-time cache either: a JVM recording one for later runs is not in its steady state.
export DEV_STACK_AOT=false
export DEV_STACK_JAVA_OPTS="-XX:TieredStopAtLevel=4 -XX:CICompilerCount=2 -Xmx384m ${GATEWAY_OPTS:-}"
root=.
if [ -n "${GATEWAY_JAR:-}" ]; then
	# The launcher takes each service's jar from <root>/<service>/target/<service>.jar.
	[ -f "$GATEWAY_JAR" ] || { echo "error: no such gateway jar: $GATEWAY_JAR" >&2; exit 1; }
	root=$data/root
	mkdir -p "$root/gateway-service/target" "$root/customer-service/target"
	# A copy, not a link: the launcher names the extracted application after the file it reads.
	cp "$GATEWAY_JAR" "$root/gateway-service/target/gateway-service.jar"
	ln -s "$PWD/customer-service/target/customer-service.jar" "$root/customer-service/target/customer-service.jar"
fi
"$JAVA_HOME/bin/java" @dev-stack/launcher-jvm.options -jar dev-stack/target/dev-stack.jar --project-root "$root" \
	--data-dir "$data" --only gateway-service,customer-service >"$data/console.log" 2>&1 &
platform=$!
# The launcher's exit status after SIGTERM (143) must not end the cleanup under set -e.
trap 'kill -TERM $platform 2>/dev/null; wait $platform 2>/dev/null || true; rm -rf "$data"' EXIT
echo "Starting gateway and customer-service (log: $data/console.log)..."
until grep -q '^READY' "$data/console.log"; do
	kill -0 $platform 2>/dev/null || { cat "$data/console.log"; exit 1; }
	sleep 1
done

token=$(curl -sf localhost:8080/api/v1/auth/login -H 'Content-Type: application/json' \
	-d '{"email":"customer@jainshikanji.local","password":"demo-customer-pass"}' | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
direct=http://127.0.0.1:8081/api/v1/customers/me
gateway=http://127.0.0.1:8080/api/v1/customers/me

run() { # url [rate] -> wrk output
	local url=$1 rate=${2:-}
	local script=()
	if [ -n "$rate" ]; then
		# Each connection pauses between requests so that all together send about $rate requests a second.
		local pause_ms=$(( 1000 * CONNECTIONS / rate ))
		printf 'function delay() return %d end\n' "$pause_ms" >"$data/pace.lua"
		script=(-s "$data/pace.lua")
	fi
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${script[@]}" -H "Authorization: Bearer $token" "$url"
}
rps() { sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p'; }
non2xx() { echo "$1" | sed -n 's/.*Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p' | awk '{ s += $1 } END { print s + 0 }'; }
pct() { # percentile label (50%, 99%) -> milliseconds
	awk -v p="$1" '$1 == p { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) } else if (v ~ /s$/) { sub(/s/, "", v); v *= 1000 } printf "%.2f", v }'
}

echo "Warming up ($WARMUP each)..."
DURATION=$WARMUP run "$direct" >/dev/null
DURATION=$WARMUP run "$gateway" >/dev/null

# CPU per request of the gateway and of customer-service, from /proc over the full-load runs.
pid_on() { ss -ltnp "sport = :$1" | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
gateway_pid=$(pid_on 8080); service_pid=$(pid_on 8081)
per_request() { # ticks requests -> microseconds
	awk -v c="$1" -v n="$2" -v t="$(getconf CLK_TCK)" 'BEGIN { printf "%.0f", c / t / n * 1e6 }'
}
requests() { sed -n 's/^ *\([0-9]*\) requests in.*/\1/p'; }

# Full load in rounds, direct and through the gateway one after the other (which goes first alternates): on a VM
# whose speed drifts by tens of percent within minutes, a ratio is only meaningful between runs next to each other,
# so each round gives its own, and the report shows every round and their medians.
full_load() { # url -> "req/s requests service_ticks gateway_ticks non2xx"
	local s0 g0 out
	s0=$(cpu_ticks "$service_pid"); g0=$(cpu_ticks "$gateway_pid")
	out=$(run "$1")
	echo "$(echo "$out" | rps) $(echo "$out" | requests) $(($(cpu_ticks "$service_pid") - s0)) $(($(cpu_ticks "$gateway_pid") - g0)) $(non2xx "$out")"
}
median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.2f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "Full load, $CONNECTIONS connections, $DURATION each, $ROUNDS rounds..."
for round in $(seq 1 "$ROUNDS"); do
	if [ $((round % 2)) -eq 1 ]; then
		direct_result=$(full_load "$direct"); gateway_result=$(full_load "$gateway")
	else
		gateway_result=$(full_load "$gateway"); direct_result=$(full_load "$direct")
	fi
	read -r d_rps d_n d_s _ d_bad <<<"$direct_result"
	read -r g_rps g_n g_s g_g g_bad <<<"$gateway_result"
	# round, direct req/s, gateway req/s, ratio, service µs (direct), gateway µs, service µs (through), non-2xx
	echo "$round $d_rps $g_rps $(awk -v g="$g_rps" -v d="$d_rps" 'BEGIN { printf "%.2f", g / d }') \
		$(per_request "$d_s" "$d_n") $(per_request "$g_g" "$g_n") $(per_request "$g_s" "$g_n") $((d_bad + g_bad))" \
		>>"$data/rounds"
done
column_median() { awk -v c="$1" '{ print $c }' "$data/rounds" | median; }
direct_max=$(column_median 2); gateway_max=$(column_median 3)
half=$(awk -v r="$direct_max" 'BEGIN { printf "%d", r / 2 }')
echo "Half of the direct maximum ($half requests/s)..."
direct_half=$(run "$direct" "$half"); gateway_half=$(run "$gateway" "$half")
# And where neither side is saturated: half of the gateway's own maximum.
low=$(awk -v r="$gateway_max" 'BEGIN { printf "%d", r / 2 }')
echo "Half of the gateway maximum ($low requests/s)..."
direct_low=$(run "$direct" "$low"); gateway_low=$(run "$gateway" "$low")

cat <<REPORT

Gateway overhead ($(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -n 1))
$(awk '{ printf "  round %d         direct %s req/s, through gateway %s req/s, ratio %s; CPU/request: service %s µs directly, gateway %s µs + service %s µs through it\n", $1, $2, $3, $4, $5, $6, $7 }' "$data/rounds")
  full load       median of $ROUNDS rounds: direct $direct_max req/s, through gateway $gateway_max req/s, ratio $(column_median 4) (median of the rounds' ratios)
  at $half req/s  direct   p50 $(echo "$direct_half" | pct 50%) ms  p99 $(echo "$direct_half" | pct 99%) ms  (achieved $(echo "$direct_half" | rps) req/s)
                  gateway  p50 $(echo "$gateway_half" | pct 50%) ms  p99 $(echo "$gateway_half" | pct 99%) ms  (achieved $(echo "$gateway_half" | rps) req/s)
  added latency   p50 $(awk -v g="$(echo "$gateway_half" | pct 50%)" -v d="$(echo "$direct_half" | pct 50%)" 'BEGIN { printf "%.2f", g - d }') ms, p99 $(awk -v g="$(echo "$gateway_half" | pct 99%)" -v d="$(echo "$direct_half" | pct 99%)" 'BEGIN { printf "%.2f", g - d }') ms
  at $low req/s   direct   p50 $(echo "$direct_low" | pct 50%) ms  p99 $(echo "$direct_low" | pct 99%) ms  (achieved $(echo "$direct_low" | rps) req/s)
                  gateway  p50 $(echo "$gateway_low" | pct 50%) ms  p99 $(echo "$gateway_low" | pct 99%) ms  (achieved $(echo "$gateway_low" | rps) req/s)
  added latency   p50 $(awk -v g="$(echo "$gateway_low" | pct 50%)" -v d="$(echo "$direct_low" | pct 50%)" 'BEGIN { printf "%.2f", g - d }') ms, p99 $(awk -v g="$(echo "$gateway_low" | pct 99%)" -v d="$(echo "$direct_low" | pct 99%)" 'BEGIN { printf "%.2f", g - d }') ms
  CPU/request     medians: direct: service $(column_median 5) µs; through the gateway: gateway $(column_median 6) µs, service $(column_median 7) µs
  load            $(cut -d' ' -f1-3 /proc/loadavg) at the end, $(date -u +%FT%RZ)
  non-2xx         full load $(awk '{ s += $8 } END { print s + 0 }' "$data/rounds"), direct $(non2xx "$direct_half$direct_low"), gateway $(non2xx "$gateway_half$gateway_low")
REPORT
