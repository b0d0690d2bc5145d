# Sourced by scripts/benchmark-orders.sh and scripts/benchmark-outbox-drain.sh (from the repository's root): starts
# the whole local platform (every service and the Razorpay sandbox, or $ONLY) on a throw-away data directory with
# full JIT and rate limits far above the test rate, waits for READY, stops it on exit; logs the demo customer and
# admin in, restocks Classic Shikanji at Kalupur Station and writes a COD and an online order body. Defines:
#   data platform customer admin  STORE CLASSIC  $data/order-cod.json $data/order-online.json
#   processes          name -> pid of every service JVM, kafka and postgres (an associative array)
#   ticks PID          CPU clock ticks of a process and its children
#   sql DB QUERY       one query on the platform's PostgreSQL, unaligned, no header
#   loadavg            the 1-minute load average now
#   load_report MODE... one run of scripts/benchmark/OrderLoad.java (its line on stdout)
#   event_latencies EVENT FROM UNTIL DATABASE...
#                      for every EVENT order-service committed between the epoch seconds FROM and UNTIL, the time to
#                      each consumer's commit of its effect: "database/consumer milliseconds", then a line
#                      "database/consumer missing N of M" for each consumer that has not processed all of them
#   percentiles        such lines -> "key events p50 p99 max" per key
. scripts/use-jdk25.sh
command -v psql >/dev/null || { echo "error: psql is needed (apt-get install postgresql-client)" >&2; exit 1; }
[ -f dev-stack/target/dev-stack.jar ] || { echo "error: build first: ./mvnw -DskipTests package" >&2; exit 1; }

data=$(mktemp -d "/tmp/${BENCHMARK_NAME:-orders}-benchmark-XXXX")
STORE=a1000000-0000-4000-8000-000000000004          # Kalupur Station: open around the clock, delivers to 380001
CLASSIC=e2000000-0000-4000-8000-000000000001        # Classic Shikanji

# Limits far above the test rate, full JIT, no ahead-of-time cache recording (as scripts/benchmark-gateway.sh).
export RATE_LIMIT_AUTHENTICATED=1000000000 RATE_LIMIT_ADMIN=1000000000 RATE_LIMIT_ANONYMOUS=1000000000
export DEV_STACK_AOT=false
# DEV_STACK_JAVA_OPTS= (set, empty) keeps the launcher's own options instead (C1 only, as ./run-local runs).
export DEV_STACK_JAVA_OPTS="${DEV_STACK_JAVA_OPTS-"-XX:TieredStopAtLevel=4 -XX:CICompilerCount=2 -Xmx256m"}"
only=()
[ -n "${ONLY:-}" ] && only=(--only "$ONLY")
"$JAVA_HOME/bin/java" @dev-stack/launcher-jvm.options -jar dev-stack/target/dev-stack.jar \
	--data-dir "$data" "${only[@]}" >"$data/console.log" 2>&1 &
platform=$!
# KEEP_LOGS=DIR keeps the platform's logs there.
trap 'kill -TERM $platform 2>/dev/null; wait $platform 2>/dev/null || true
	[ -n "${KEEP_LOGS:-}" ] && mkdir -p "$KEEP_LOGS" && cp -r "$data/console.log" "$data/logs" "$KEEP_LOGS/" 2>/dev/null
	rm -rf "$data"' EXIT
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
for payment in cod upi; do
	cat >"$data/order-$( [ $payment = cod ] && echo cod || echo online ).json" <<JSON
{"storeId": "$STORE", "deliveryType": "delivery", "addressId": "d1000000-0000-4000-8000-000000000001",
 "paymentMethod": "$payment",
 "items": [{"productId": "$CLASSIC", "quantity": 2, "selectedOptionIds": ["$(option size:regular)", "$(option sugar:regular)"]}]}
JSON
done

# The processes to measure: one JVM per service (the launcher's children), Kafka (its own JVM), and PostgreSQL
# (found by its data directory).
declare -A processes
for pid in $(pgrep -P $platform); do
	name=$(tr '\0' ' ' <"/proc/$pid/cmdline" | grep -o '[a-z]*-service\|razorpay-sandbox\|KafkaNode' | head -n 1 || true)
	[ "$name" = KafkaNode ] && name=kafka
	[ -n "$name" ] && processes[$name]=$pid
done
processes[postgres]=$(pgrep -o -f "postgres.*$data" || echo 0)

. scripts/benchmark/cpu-ticks.sh

export PGPASSWORD=postgres
sql() { psql -h 127.0.0.1 -p 15432 -U postgres -d "$1" -X -q -A -t -F ' ' -c "$2"; }
loadavg() { cut -d' ' -f1 /proc/loadavg; }

load_report() { # key=value arguments of OrderLoad.java
	"$JAVA_HOME/bin/java" scripts/benchmark/OrderLoad.java token="$customer" "$@"
}

# Commit of an event in the orders database (its outbox row's created_at) -> each consumer's commit of its effect
# (its processed_event row, written in the same transaction as the effect). Both are now() of the same PostgreSQL,
# one clock, and both the start of their transaction (a few ms before its commit).
event_latencies() { # EVENT FROM UNTIL DATABASE...
	local event=$1 from=$2 until=$3 db
	shift 3
	sql orders "SELECT event_id, extract(epoch FROM created_at) FROM messaging.event_outbox
		WHERE event_type = '$event' AND created_at >= to_timestamp($from) AND created_at < to_timestamp($until)" \
		>"$data/committed-$event"
	for db in "$@"; do
		sql "$db" "SELECT '$db/' || consumer, event_id, extract(epoch FROM processed_at) FROM messaging.processed_event
			WHERE processed_at >= to_timestamp($from)"
	done >"$data/processed-$event"
	awk 'NR == FNR { committed[$1] = $2; next }
		($2 in committed) { printf "%s %.1f\n", $1, 1000 * ($3 - committed[$2]); seen[$1]++ }
		END { n = length(committed); for (c in seen) if (seen[c] < n) printf "%s missing %d of %d\n", c, n - seen[c], n }' \
		"$data/committed-$event" "$data/processed-$event"
}
percentiles() { # lines "key milliseconds" -> "key n p50 p99 max" per key
	{ grep -v ' missing ' || true; } | sort -k1,1 -k2,2n | awk '
		function at(p,   i) { i = p * n; i = (i == int(i)) ? i : int(i) + 1; return v[i < 1 ? 1 : i] }
		function flush() { if (n) printf "    %-52s %5d events  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms\n", key, n, at(0.5), at(0.99), v[n] }
		$1 != key { flush(); key = $1; n = 0 }
		{ v[++n] = $2 }
		END { flush() }'
}
