#!/usr/bin/env bash
# Event latency at a steady rate (issue 12, P3): orders marked delivered through the gateway at RATE a second (100 by
# default), and for every OrderDelivered order-service committed in the measured period, the time from that commit to
# each consumer's commit of its effect — loyalty's points earned first of all, then notification, analytics, payment
# (cash collected) and review (the order's items become reviewable). Both times are now() of the same PostgreSQL: the
# outbox row's created_at and the consumer's processed_event row, written in the same transaction as its effect.
#
# Placing an order costs the platform far more than delivering it (≈ 20 placements/s saturate two cores), so a
# steady 100 orders/s cannot be placed here; the orders are placed and moved to ready first, as fast as the
# platform takes them (CLIENTS at a time), then only their delivery runs at RATE, in an open loop (latency from each
# request's intended start). So the figures are those of the event path at that rate, while the platform is not
# also placing orders. Prints the delivery requests' own latency (whether the platform kept up with RATE), the
# events' latencies per consumer, any event a consumer has not processed, and the CPU each process spent per
# delivered order. WARMUP=40 lets the JIT compile the delivery path before the measured part (with 10 s the first
# consumers compile it while the events come). A script, not a test: it never fails on speed.
#
#   scripts/benchmark-event-latency.sh   (needs a build: ./mvnw -DskipTests package; and psql; uses the local
#                                         platform's ports: run it under flock, with no ./run-local running)
#   RATE=100 WARMUP=10 DURATION=30 CLIENTS=8 CUSTOMERS=100 scripts/benchmark-event-latency.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RATE=${RATE:-100}
WARMUP=${WARMUP:-10}
DURATION=${DURATION:-30}
CLIENTS=${CLIENTS:-8}
CUSTOMERS=${CUSTOMERS:-100}
BENCHMARK_NAME=events
. scripts/benchmark/order-platform.sh

delivery_load() { "$JAVA_HOME/bin/java" scripts/benchmark/DeliveryLoad.java "$@"; }
databases="customer inventory orders store payment loyalty notification analytics review"
# Waits until every outbox is empty and no consumer has processed anything for 10 s; prints how many seconds it took
# until the last change (the platform done with what it was given); gives up after 15 minutes.
settle() {
	local since=$SECONDS changed=$SECONDS state last=""
	while [ $((SECONDS - changed)) -lt 10 ] && [ $((SECONDS - since)) -lt 900 ]; do
		state=$(for db in $databases; do sql "$db" "SELECT (SELECT count(*) FROM messaging.processed_event),
			(SELECT count(*) FROM messaging.event_outbox WHERE published_at IS NULL)"; done |
			awk '{ processed += $1; backlog += $2 } END { print processed, backlog }')
		if [ "$state" != "$last" ] || [ "${state#* }" != 0 ]; then changed=$SECONDS; fi
		last=$state
		sleep 1
	done
	echo $((changed - since))
}
# Commits and rows inserted so far in the services' databases (pg_stat_database: the statistics lag behind commits by
# well under a second, far less than the run), to tell what each delivered order costs PostgreSQL.
database_work() {
	sql postgres "SELECT sum(xact_commit), sum(tup_inserted) FROM pg_stat_database
		WHERE datname IN ('$(echo $databases | sed "s/ /','/g")')"
}
cat >"$data/order-pickup.json" <<JSON
{"storeId": "$STORE", "deliveryType": "pickup", "paymentMethod": "cod",
 "items": [{"productId": "$CLASSIC", "quantity": 2, "selectedOptionIds": ["$(option size:regular)", "$(option sugar:regular)"]}]}
JSON

count=$(awk -v r="$RATE" -v s="$((WARMUP + DURATION))" 'BEGIN { printf "%d", r * s + 0.999 }')
echo "Registering $CUSTOMERS customers, placing $count cash-on-delivery pickup orders for them and moving the orders to" \
	"ready, $CLIENTS at a time (load $(loadavg))..."
staged=$(delivery_load step=stage staff="$(login staff@jainshikanji.local demo-staff-pass)" customers="$CUSTOMERS" \
	body="$data/order-pickup.json" count="$count" clients="$CLIENTS" ids="$data/ready-orders")
echo "  $staged"
echo "Waiting until every outbox is empty and no consumer has anything left to do..."
echo "  settled after $(settle) s"

declare -A before
for name in "${!processes[@]}"; do before[$name]=$(ticks "${processes[$name]}"); done
work_before=$(database_work)
started=$(date +%s.%N)

echo "Delivering them at $RATE/s: ${WARMUP}s warm-up, ${DURATION}s measured (load $(loadavg))..."
delivered=$(delivery_load step=deliver staff="$(login staff@jainshikanji.local demo-staff-pass)" \
	ids="$data/ready-orders" rate="$RATE" warmup="$WARMUP" seconds="$DURATION")
echo "  $delivered (load $(loadavg))"
echo "Waiting until every outbox is empty and no consumer has anything left to do..."
drained=$(settle)
work_after=$(database_work)
elapsed=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.0f", e - s - 10 }')  # less the quiet 10 s
echo "  settled ${drained} s after the last delivery was answered"

field() { echo "$delivered" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
from=$(field from) until=$(field until)
all=$(sql orders "SELECT count(*) FROM messaging.event_outbox WHERE event_type = 'OrderDelivered'
	AND created_at >= to_timestamp($started)")
hz=$(getconf CLK_TCK)
cpu=""
for name in $(echo "${!processes[@]}" | tr ' ' '\n' | sort); do
	used=$(( $(ticks "${processes[$name]}") - ${before[$name]} ))
	cpu="$cpu $name $(awk -v t="$used" -v hz="$hz" -v n="$all" 'BEGIN { printf "%.1f", 1000 * t / hz / n }'),"
done
database=$(awk -v b="$work_before" -v a="$work_after" -v n="$all" 'BEGIN { split(b, x, " "); split(a, y, " ");
	printf "%.1f commits, %.1f rows inserted", (y[1] - x[1]) / n, (y[2] - x[2]) / n }')
points=$(sql loyalty "SELECT count(*) FROM loyalty_transactions WHERE type = 'earn'
	AND created_at >= to_timestamp($started)")
cat <<REPORT

Event latency, $(date -u '+%Y-%m-%d %H:%M UTC') ($(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -n 1))
 staged             $staged
 delivered at $RATE/s  $delivered
 OrderDelivered committed -> consumer's effect committed (same PostgreSQL clock), measured ${DURATION}s:
$(event_latencies OrderDelivered "$from" "$until" loyalty notification analytics payment review | tee "$data/events" | percentiles)
$(grep ' missing ' "$data/events" | sed 's/^/    /' || true)
 points earned (loyalty ledger rows of type earn since the deliveries began): $points, for $all orders delivered
 consumers done ${drained} s after the last delivery was answered
 CPU per delivered order (ms, over the ${elapsed}s from the first delivery until the consumers were done):${cpu%,}
 PostgreSQL per delivered order (all services' databases, over the same time): $database
REPORT
