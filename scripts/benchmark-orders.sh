#!/usr/bin/env bash
# Measures order placement end to end: cash-on-delivery orders placed through the gateway as fast as CONCURRENCY
# clients can (each order a new Idempotency-Key; the order service then calls customer-service twice, inventory
# twice and the store once, and stores the order with its events), reporting orders per second and p50/p99 latency;
# then the same placement's database work replayed with pgbench on the same PostgreSQL and database, for the ratio
# of what the service achieves to what its database alone could do. A script, not a test: it never fails on speed.
#
#   scripts/benchmark-orders.sh        (needs a build: ./mvnw -DskipTests package; and pgbench: apt-get install
#                                       postgresql-client; uses the local platform's ports 8080-8089 and 15432)
#   CONCURRENCY=32 DURATION=30 scripts/benchmark-orders.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/use-jdk25.sh
command -v pgbench >/dev/null || { echo "error: pgbench is needed (apt-get install postgresql-client)" >&2; exit 1; }
[ -f dev-stack/target/dev-stack.jar ] || { echo "error: build first: ./mvnw -DskipTests package" >&2; exit 1; }

CONCURRENCY=${CONCURRENCY:-16}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-30}
data=$(mktemp -d /tmp/orders-benchmark-XXXX)
STORE=a1000000-0000-4000-8000-000000000004          # Kalupur Station: open around the clock, delivers to 380001
CLASSIC=e2000000-0000-4000-8000-000000000001        # Classic Shikanji

# Limits far above the test rate, full JIT, no ahead-of-time cache recording (as scripts/benchmark-gateway.sh).
export RATE_LIMIT_AUTHENTICATED=1000000000 RATE_LIMIT_ADMIN=1000000000
export DEV_STACK_AOT=false
export DEV_STACK_JAVA_OPTS="-XX:TieredStopAtLevel=4 -XX:CICompilerCount=2 -Xmx256m"
"$JAVA_HOME/bin/java" --sun-misc-unsafe-memory-access=allow -jar dev-stack/target/dev-stack.jar \
	--data-dir "$data" --only gateway-service,customer-service,inventory-service,store-service,order-service \
	>"$data/console.log" 2>&1 &
platform=$!
trap 'kill -TERM $platform 2>/dev/null; wait $platform 2>/dev/null; rm -rf "$data"' EXIT
echo "Starting the platform (log: $data/console.log)..."
until grep -q '^READY' "$data/console.log"; do
	kill -0 $platform 2>/dev/null || { cat "$data/console.log"; exit 1; }
	sleep 1
done

login() { curl -sS --fail-with-body localhost:8080/api/v1/auth/login -H 'Content-Type: application/json' \
	-d "{\"email\":\"$1\",\"password\":\"$2\"}" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/'; }
customer=$(login customer@jainshikanji.local demo-customer-pass)
admin=$(login admin@jainshikanji.local demo-admin-pass)
option() { local h; h=$(printf '%s' "$CLASSIC:$1" | md5sum | cut -c1-32); echo "${h:0:8}-${h:8:4}-${h:12:4}-${h:16:4}-${h:20:12}"; }

# Enough stock that no order of the run is short of it.
curl -sS --fail-with-body -o "$data/restock.json" "localhost:8080/api/v1/inventory/stores/$STORE/stock/$CLASSIC/adjustments" \
	-H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
	-d '{"change": 100000, "reason": "RESTOCK", "note": "benchmark"}'
cat >"$data/order.json" <<JSON
{"storeId": "$STORE", "deliveryType": "delivery", "addressId": "d1000000-0000-4000-8000-000000000001",
 "paymentMethod": "cod",
 "items": [{"productId": "$CLASSIC", "quantity": 2, "selectedOptionIds": ["$(option size:regular)", "$(option sugar:regular)"]}]}
JSON

# CPU time (clock ticks) of a process and everything it started: a service JVM, or PostgreSQL and its backends.
ticks() {
	local total child
	total=$(awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0)
	for child in $(pgrep -P "$1" || true); do total=$(( total + $(ticks "$child") )); done
	echo "$total"
}
# One JVM per service (the launcher's children), and PostgreSQL (found by its data directory). Kafka and Redis are
# left out: Kafka runs inside the launcher's own JVM.
declare -A processes
for pid in $(pgrep -P $platform); do
	name=$(tr '\0' ' ' <"/proc/$pid/cmdline" | grep -o '[a-z]*-service' | head -n 1 || true)
	[ -n "$name" ] && processes[$name]=$pid
done
processes[postgres]=$(pgrep -o -f "postgres.*$data" || echo 0)
echo "Measuring CPU of: $(for name in "${!processes[@]}"; do printf '%s(%s) ' "$name" "${processes[$name]}"; done)"

echo "Warming up: $CONCURRENCY clients placing orders through the gateway for ${WARMUP}s..."
"$JAVA_HOME/bin/java" scripts/benchmark/OrderLoad.java http://127.0.0.1:8080/api/v1/orders "$customer" \
	"$data/order.json" "$CONCURRENCY" "$WARMUP" 1 >/dev/null
echo "Measuring for ${DURATION}s..."
declare -A before
for name in "${!processes[@]}"; do before[$name]=$(ticks "${processes[$name]}"); done
http=$("$JAVA_HOME/bin/java" scripts/benchmark/OrderLoad.java http://127.0.0.1:8080/api/v1/orders "$customer" \
	"$data/order.json" "$CONCURRENCY" 1 "$DURATION")
echo "  $http"
placed=$(echo "$http" | sed -n 's/.*total=\([0-9]*\).*/\1/p')
hz=$(getconf CLK_TCK)
cpu=""
for name in $(echo "${!processes[@]}" | tr ' ' '\n' | sort); do
	used=$(( $(ticks "${processes[$name]}") - ${before[$name]} ))
	cpu="$cpu $name $(awk -v t="$used" -v hz="$hz" -v n="$placed" 'BEGIN { printf "%.1f", 1000 * t / hz / n }') ms,"
done

echo "Replaying the placement's database work with pgbench: $CONCURRENCY clients, ${DURATION}s..."
export PGPASSWORD=postgres
pgbench -h 127.0.0.1 -p 15432 -U postgres -n -c "$CONCURRENCY" -j 2 -T 5 -f scripts/benchmark/order-placement.pgbench \
	-M extended orders >/dev/null
(cd "$data" && pgbench -h 127.0.0.1 -p 15432 -U postgres -n -c "$CONCURRENCY" -j 2 -T "$DURATION" -l \
	--log-prefix=txlog -M extended -f "$OLDPWD/scripts/benchmark/order-placement.pgbench" orders >"$data/pgbench.out")
tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$data/pgbench.out" | head -n 1)
# Per-transaction log: the third column is the latency in microseconds.
cat "$data"/txlog.* | awk '{ print $3 }' | sort -n >"$data/latencies"
count=$(wc -l <"$data/latencies")
pct() { awk -v n="$count" -v p="$1" 'NR == (int(n * p) > 0 ? int(n * p) : 1) { printf "%.1f", $1 / 1000; exit }' "$data/latencies"; }
echo "  tps=$tps p50=$(pct 0.50) p99=$(pct 0.99)"

rate=$(echo "$http" | sed -n 's/.*ordersPerSecond=\([0-9.]*\).*/\1/p')
cat <<REPORT

Order placement ($(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -n 1))
  through the gateway   $(echo "$http" | sed -n 's/.*ordersPerSecond=\([0-9.]*\) p50=\([0-9.]*\) p99=\([0-9.]*\) statuses=\(.*\)/\1 orders\/s, p50 \2 ms, p99 \3 ms, statuses \4/p')
  database alone        $tps placements/s (pgbench), p50 $(pct 0.50) ms, p99 $(pct 0.99) ms
  ratio                 $(awk -v r="$rate" -v t="$tps" 'BEGIN { printf "%.3f", r / t }') of what the database alone sustains
  CPU per order        ${cpu%,}
REPORT
