#!/usr/bin/env bash
# Gateway CPU per request, variants side by side: each variant is a gateway jar (and optional arguments) started as
# its own process on its own port, all behind one stand-in backend (scripts/benchmark/GatewayBackend.java: embedded
# Redis, the test token issuer's JWKS, a service answering every GET /api/v1/... with a fixed body). Rounds run
# the variants back to back, in a rotating order, with the same authenticated GET under wrk; each run reads the
# gateway's and Redis' CPU time from /proc/<pid>/stat before and after, and divides by the requests served. CPU per
# request is far less sensitive to other load on the machine than throughput; the JIT compiler threads' CPU is shown
# apart and not counted (see jit_ticks). A script, not a test.
# Uses no fixed port of the local platform (ports from FIRST_PORT, default 18180), so it can run beside the local platform.
#
#   scripts/benchmark-gateway-cpu.sh                      (the built jar, with and without the rate limiter)
#   scripts/benchmark-gateway-cpu.sh 'old:/tmp/old.jar' 'new:gateway-service/target/gateway-service.jar'
#   scripts/benchmark-gateway-cpu.sh 'nolimit:gateway-service/target/gateway-service.jar:--gateway.rate-limit.enabled=false'
#   scripts/benchmark-gateway-cpu.sh 'sessions:gateway-service/target/gateway-service.jar' \
#       'no-sessions:gateway-service/target/gateway-service.jar:--gateway.ended-sessions.enabled=false'
#   scripts/benchmark-gateway-cpu.sh 'loops2:/tmp/new.jar:-Dreactor.netty.ioWorkerCount=2,--some.property=x'
#   ROUNDS=6 DURATION=10s CONNECTIONS=16 WARMUP=30s scripts/benchmark-gateway-cpu.sh ...
#   REQUEST_PATH=/api/v1/reviews/mine scripts/benchmark-gateway-cpu.sh ...   (another service's route; every service's
#                                                                              routes lead to the stand-in)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/use-jdk25.sh
command -v wrk >/dev/null || { echo "error: wrk is needed (apt-get install wrk)" >&2; exit 1; }
jar=gateway-service/target/gateway-service.jar
[ -f "$jar" ] && [ -f test-support/target/test-support.jar ] || {
	echo "error: build first: ./mvnw -DskipTests package -pl gateway-service -am" >&2; exit 1; }

ROUNDS=${ROUNDS:-4}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-16}
WARMUP=${WARMUP:-30s}
WARMUP_REQUESTS=${WARMUP_REQUESTS:-60000}
FIRST_PORT=${FIRST_PORT:-18180}
REQUEST_PATH=${REQUEST_PATH:-/api/v1/customers/me}
# The local platform's flags for the gateway, with full JIT as scripts/benchmark-gateway.sh runs it, but the young
# generation left to the JVM as in the containers: the platform's 8 MiB one costs a loaded gateway more than any
# variant differs by (docs/performance.md, P1 third round); measure it with a variant's '-Xmn8m'.
JVM_OPTS=${JVM_OPTS:--Xms48m -Xmx384m -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=48m -Xss512k -XX:+UseSerialGC -XX:+UseCompactObjectHeaders -XX:TieredStopAtLevel=4 -XX:CICompilerCount=2}
[ $# -gt 0 ] || set -- "limiter:$jar" "no-limiter:$jar:--gateway.rate-limit.enabled=false"

. scripts/benchmark/stand-in-backend.sh gateway-cpu
redis_pid=$(pgrep -P "$backend" redis-server | head -n 1)

names=() ports=() gateways=() managements=()
port=$FIRST_PORT
for variant in "$@"; do
	IFS=: read -r name variant_jar args <<<"$variant"
	# Comma-separated extras: -D/-X options go to the JVM, the rest to the application.
	jvm_extra=() app_args=()
	IFS=, read -r -a extras <<<"${args:-}"
	for extra in "${extras[@]}"; do
		case $extra in --*) app_args+=("$extra") ;; -*) jvm_extra+=("$extra") ;; *) app_args+=("$extra") ;; esac
	done
	port=$(free_port "$port")
	management=$(free_port $((port + 1000)))
	# shellcheck disable=SC2086,SC2046
	env $(for service in CUSTOMER INVENTORY ORDER STORE PAYMENT LOYALTY NOTIFICATION ANALYTICS REVIEW; do
		echo "${service}_SERVICE_URL=$SERVICE_URL"; done) \
		PORT=$port MANAGEMENT_PORT=$management REDIS_PORT=$REDIS_PORT JWKS_URI=$JWKS_URI \
		SERVICE_SECRET_GATEWAY=benchmark-gateway-secret \
		RATE_LIMIT_AUTHENTICATED=${RATE_LIMIT_AUTHENTICATED:-1000000000} \
		"$JAVA_HOME/bin/java" $JVM_OPTS "${jvm_extra[@]}" --sun-misc-unsafe-memory-access=allow -jar "$variant_jar" \
		"${app_args[@]}" \
		>"$data/$name.log" 2>&1 &
	pids+=("$!")
	names+=("$name") ports+=("$port") gateways+=("$!") managements+=("$management")
	port=$((port + 1))
done
for i in "${!names[@]}"; do await_gateway "${gateways[$i]}" "${managements[$i]}" "$data/${names[$i]}.log"; done

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# The JIT compiler threads' share: on a loaded machine C2 is still compiling long after any fixed warm-up, and its
# CPU says nothing about what a request costs once compiled, so it is reported apart.
jit_ticks() {
	local sum=0 task
	for task in /proc/"$1"/task/*; do
		case $(cat "$task/comm" 2>/dev/null) in
			C1\ Compiler* | C2\ Compiler*) sum=$((sum + $(awk '{ print $14 + $15 }' "$task/stat" 2>/dev/null || echo 0))) ;;
		esac
	done
	echo "$sum"
}
tick=$(getconf CLK_TCK)
measure() { # index duration -> "requests rps gateway_us jit_us redis_us non2xx"
	local i=$1 duration=$2 token out g0 g1 j0 j1 r0 r1 requests
	token=$(curl -sf "$SERVICE_URL/token")
	g0=$(cpu_ticks "${gateways[$i]}"); j0=$(jit_ticks "${gateways[$i]}"); r0=$(cpu_ticks "$redis_pid")
	out=$(wrk -t2 -c"$CONNECTIONS" -d"$duration" -H "Authorization: Bearer $token" \
		"http://127.0.0.1:${ports[$i]}$REQUEST_PATH")
	g1=$(cpu_ticks "${gateways[$i]}"); j1=$(jit_ticks "${gateways[$i]}"); r1=$(cpu_ticks "$redis_pid")
	requests=$(echo "$out" | sed -n 's/^ *\([0-9]*\) requests in.*/\1/p')
	awk -v n="$requests" -v g=$((g1 - g0 - (j1 - j0))) -v j=$((j1 - j0)) -v r=$((r1 - r0)) -v t="$tick" \
		-v rps="$(echo "$out" | sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p')" \
		-v bad="$(echo "$out" | sed -n 's/.*Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p')" \
		'BEGIN { printf "%d %.0f %.0f %.0f %.0f %d\n", n, rps, g / t / n * 1e6, j / t / n * 1e6, r / t / n * 1e6, bad + 0 }'
}

echo "Warming up each variant ($WARMUP, then until it has served $WARMUP_REQUESTS requests)..."
for i in "${!names[@]}"; do
	served=0
	until [ "$served" -ge "$WARMUP_REQUESTS" ]; do
		read -r n _ <<<"$(measure "$i" "$WARMUP")"
		served=$((served + n))
	done
done

printf '%-6s %-16s %9s %8s %14s %10s %12s %6s  %s\n' round variant requests req/s "gateway µs/req" "(+JIT µs)" "redis µs/req" \
	non2xx load
count=${#names[@]}
for round in $(seq 1 "$ROUNDS"); do
	for k in $(seq 0 $((count - 1))); do
		i=$(( (k + round - 1) % count ))
		read -r n rps g j r bad <<<"$(measure "$i" "$DURATION")"
		printf '%-6s %-16s %9s %8s %14s %10s %12s %6s  %s\n' "$round" "${names[$i]}" "$n" "$rps" "$g" "$j" "$r" "$bad" \
			"$(cut -d' ' -f1-3 /proc/loadavg)"
		echo "${names[$i]} $g" >>"$data/results"
	done
done
echo
echo "Median gateway CPU per request, JIT compiler threads not counted ($(nproc) cores, $(java -version 2>&1 | head -n 1), $(date -u +%FT%RZ)):"
for name in "${names[@]}"; do
	awk -v n="$name" '$1 == n { print $2 }' "$data/results" | sort -n |
		awk -v n="$name" '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
			printf "  %-24s %6.0f µs  (min %d, max %d, %d runs)\n", n, m, v[1], v[NR], NR }'
done
