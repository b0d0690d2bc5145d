#!/usr/bin/env bash
# The rate limiter (issue 12, P6): one client drives the gateway at a known rate above its budget and the accepted
# rate is compared with the configured limit, first through one gateway instance, then spread over two instances
# sharing one Redis; then what a refused request costs the gateway. The gateway runs behind the stand-in backend of
# scripts/benchmark/GatewayBackend.java (embedded Redis, test JWKS, a fixed GET /api/v1/customers/me), on its own
# ports, so it can run beside the local platform. What the limiter adds to an accepted request is measured by
# scripts/benchmark-gateway-cpu.sh (its default variants: with and without the limiter). A script, not a test.
#
#   scripts/benchmark-rate-limiter.sh          (needs a build: ./mvnw -DskipTests package -pl gateway-service -am)
#   LIMIT=1200 RATE=40 DURATION=60 scripts/benchmark-rate-limiter.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/use-jdk25.sh
command -v wrk >/dev/null || { echo "error: wrk is needed (apt-get install wrk)" >&2; exit 1; }
jar=${JAR:-gateway-service/target/gateway-service.jar}
[ -f "$jar" ] && [ -f test-support/target/test-support.jar ] || {
	echo "error: build first: ./mvnw -DskipTests package -pl gateway-service -am" >&2; exit 1; }

LIMIT=${LIMIT:-600}          # the authenticated budget, requests a minute
RATE=${RATE:-20}             # what the client sends, requests a second (LIMIT/60 = 10 a second by default)
DURATION=${DURATION:-60}     # seconds per measured run
CONNECTIONS=${CONNECTIONS:-4}
FIRST_PORT=${FIRST_PORT:-18280}
JVM_OPTS=${JVM_OPTS:--Xms48m -Xmx384m -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=48m -Xss512k -XX:+UseSerialGC -XX:+UseCompactObjectHeaders -XX:TieredStopAtLevel=4 -XX:CICompilerCount=2}

. scripts/benchmark/stand-in-backend.sh rate-limiter

ports=() gateways=() managements=()
port=$FIRST_PORT
for instance in 1 2; do
	port=$(free_port "$port")
	management=$(free_port $((port + 1000)))
	# shellcheck disable=SC2086
	PORT=$port MANAGEMENT_PORT=$management REDIS_PORT=$REDIS_PORT JWKS_URI=$JWKS_URI CUSTOMER_SERVICE_URL=$SERVICE_URL \
		SERVICE_SECRET_GATEWAY=benchmark-gateway-secret \
		RATE_LIMIT_AUTHENTICATED=$LIMIT "$JAVA_HOME/bin/java" $JVM_OPTS --sun-misc-unsafe-memory-access=allow \
		-jar "$jar" >"$data/gateway-$instance.log" 2>&1 &
	pids+=("$!") ports+=("$port") gateways+=("$!") managements+=("$management")
	port=$((port + 1))
done
for i in 0 1; do await_gateway "${gateways[$i]}" "${managements[$i]}" "$data/gateway-$((i + 1)).log"; done
token=$(curl -sf "$SERVICE_URL/token")
url() { echo "http://127.0.0.1:${ports[$1]}/api/v1/customers/me"; }

paced() { # instance rate seconds -> wrk output; each connection pauses so that together they send about rate/s
	local pause_ms=$(( 1000 * CONNECTIONS / $2 ))
	printf 'function delay() return %d end\n' "$pause_ms" >"$data/pace-$1.lua"
	wrk -t1 -c"$CONNECTIONS" -d"$3s" -s "$data/pace-$1.lua" -H "Authorization: Bearer $token" "$(url "$1")"
}
flood() { # instance seconds -> wrk output, as fast as it goes
	wrk -t2 -c16 -d"$2s" -H "Authorization: Bearer $token" "$(url "$1")"
}
total() { sed -n 's/^ *\([0-9]*\) requests in.*/\1/p'; }
refused() { sed -n 's/.*Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p' | awk '{ s += $1 } END { print s + 0 }'; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
drain() { # empties the client's bucket, and warms the gateways up
	flood 0 10 >/dev/null; flood 1 10 >/dev/null
}
per_minute=$(awk -v l="$LIMIT" 'BEGIN { printf "%.2f", l / 60 }')

echo "Warming up and emptying the client's bucket..."
drain; drain
echo "One instance: $RATE requests/s for ${DURATION}s against a limit of $LIMIT/min ($per_minute/s)..."
out=$(paced 0 "$RATE" "$DURATION")
sent_one=$(echo "$out" | total); refused_one=$(echo "$out" | refused)

drain
echo "Two instances sharing Redis: $RATE requests/s split over both for ${DURATION}s..."
paced 0 $((RATE / 2)) "$DURATION" >"$data/a.out" &
a=$!
paced 1 $((RATE - RATE / 2)) "$DURATION" >"$data/b.out"
wait $a
sent_two=$(( $(total <"$data/a.out") + $(total <"$data/b.out") ))
refused_two=$(( $(refused <"$data/a.out") + $(refused <"$data/b.out") ))

echo "Refused requests as fast as they come (bucket empty), 10 s..."
flood 0 5 >/dev/null
c0=$(cpu_ticks "${gateways[0]}")
out=$(flood 0 10)
c1=$(cpu_ticks "${gateways[0]}")
flood_sent=$(echo "$out" | total); flood_refused=$(echo "$out" | refused)

report() { # label sent refused
	awk -v label="$1" -v sent="$2" -v ref="$3" -v d="$DURATION" -v limit="$per_minute" 'BEGIN {
		accepted = (sent - ref) / d
		printf "  %-14s sent %6.2f/s  accepted %6.2f/s  = %5.1f%% of the limit (goal 95-105%%)\n", label, sent / d, accepted, 100 * accepted / limit }'
}
cat <<REPORT

Rate limiter ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%RZ)); limit $LIMIT/min = $per_minute/s
$(report "one instance" "$sent_one" "$refused_one")
$(report "two instances" "$sent_two" "$refused_two")
  refused flood  $flood_refused of $flood_sent refused, gateway CPU $(awk -v c=$((c1 - c0)) -v t="$(getconf CLK_TCK)" -v n="$flood_sent" 'BEGIN { printf "%.0f", c / t / n * 1e6 }') µs per request
REPORT
