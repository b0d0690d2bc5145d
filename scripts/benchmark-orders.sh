#!/usr/bin/env bash
# Order placement end to end (issue 12, P2) and the event latency behind it (P3), on the whole local platform:
#  1. saturation: cash-on-delivery orders, then online orders (placed, then paid as Razorpay Standard Checkout does
#     it: initiate, pay in the Razorpay sandbox, which then sends its signed webhooks, verify), each by CONCURRENCY
#     clients in a closed loop: orders per second, p50/p99, and the CPU each process spends per order;
#  2. latency: the same at a fixed arrival rate of LOAD_SHARE (70 %) of that saturation rate, in an open loop
#     (latency from each order's intended start, so a stall is not hidden by a waiting client);
#  3. events: for every OrderConfirmed committed during the open-loop runs, the time from the order service's commit
#     (its outbox row's created_at) to each consumer's commit of its effect (the consumer's processed_event row,
#     written in the same transaction as the effect: loyalty, notification, analytics, payment, inventory), both
#     read from the same PostgreSQL clock;
#  4. the placement's own database work replayed with pgbench on the same PostgreSQL, for the ratio (COD: the orders
#     database; online: the orders and the payment databases, see scripts/benchmark/*.pgbench).
# A script, not a test: it never fails on speed. Prints the 1-minute load average around every run.
#
#   scripts/benchmark-orders.sh        (needs a build: ./mvnw -DskipTests package; and pgbench and psql: apt-get
#                                       install postgresql-client; uses the local platform's ports: run it under
#                                       flock, with no ./run-local running)
#   CONCURRENCY=16 WARMUP=30 DURATION=20 OPEN_DURATION=40 LOAD_SHARE=0.7 scripts/benchmark-orders.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v pgbench >/dev/null || { echo "error: pgbench is needed (apt-get install postgresql-client)" >&2; exit 1; }
CONCURRENCY=${CONCURRENCY:-16}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-30}
OPEN_DURATION=${OPEN_DURATION:-40}
LOAD_SHARE=${LOAD_SHARE:-0.7}
. scripts/benchmark/order-platform.sh

echo "Measuring CPU of: $(for name in "${!processes[@]}"; do printf '%s(%s) ' "$name" "${processes[$name]}"; done)"
hz=$(getconf CLK_TCK)

declare -A result cpu rate window loads
saturation() { # cod|online
	local body="$data/order-$1.json" name used line
	echo "Saturation, $1: warming up ${WARMUP}s, then $CONCURRENCY clients for ${DURATION}s (load $(loadavg))..."
	load_report body="$body" payment="$1" clients="$CONCURRENCY" warmup=0 seconds="$WARMUP" >/dev/null
	declare -A before
	for name in "${!processes[@]}"; do before[$name]=$(ticks "${processes[$name]}"); done
	line=$(load_report body="$body" payment="$1" clients="$CONCURRENCY" warmup=1 seconds="$DURATION")
	local count=$(echo "$line" | sed -n "s/.* done=\([0-9]*\).*/\1/p")
	cpu[$1]=""
	for name in $(echo "${!processes[@]}" | tr ' ' '\n' | sort); do
		used=$(( $(ticks "${processes[$name]}") - ${before[$name]} ))
		cpu[$1]="${cpu[$1]} $name $(awk -v t="$used" -v hz="$hz" -v n="$count" 'BEGIN { if (n > 0) printf "%.1f", 1000 * t / hz / n; else printf "n/a" }'),"
	done
	result[$1-closed]=$line
	loads[$1-closed]=$(loadavg)
	echo "  $line (load $(loadavg))"
	rate[$1]=$(echo "$line" | awk -v share="$LOAD_SHARE" '{ for (i = 1; i <= NF; i++) if ($i ~ /^perSecond=/) { split($i, kv, "="); printf "%.1f", kv[2] * share } }')
}
latency() { # cod|online
	echo "Open loop, $1: ${rate[$1]} orders/s ($LOAD_SHARE of saturation), 10 s warm-up, ${OPEN_DURATION}s measured..."
	result[$1-open]=$(load_report body="$data/order-$1.json" payment="$1" rate="${rate[$1]}" warmup=10 seconds="$OPEN_DURATION")
	loads[$1-open]=$(loadavg)
	echo "  ${result[$1-open]} (load $(loadavg))"
}
saturation cod
saturation online
latency cod
latency online

field() { echo "${result[$1]}" | tr ' ' '\n' | sed -n "s/^$2=//p"; }

# P3: commit of OrderConfirmed in the orders database -> the consumer's commit of its effect, per consumer.
echo "Waiting 15 s for the consumers to catch up, then reading the commit times..."
sleep 15
events() { # cod|online -> "database/consumer milliseconds" per OrderConfirmed of that open-loop run, plus "missing"
	event_latencies OrderConfirmed "$(field "$1-open" from)" "$(field "$1-open" until)" \
		loyalty notification analytics payment inventory
}

# The replayed database work.
echo "Replaying the placements' database work with pgbench: $CONCURRENCY clients, ${DURATION}s each..."
pgbench_run() { # name database script -> "tps p50 p99"
	pgbench -h 127.0.0.1 -p 15432 -U postgres -n -c "$CONCURRENCY" -j 2 -T 5 -M extended -f "scripts/benchmark/$3" "$2" \
		>/dev/null 2>&1 || true
	(cd "$data" && pgbench -h 127.0.0.1 -p 15432 -U postgres -n -c "$CONCURRENCY" -j 2 -T "$DURATION" -l \
		--log-prefix="txlog-$1" -M extended -f "$OLDPWD/scripts/benchmark/$3" "$2" >"$data/pgbench-$1.out" 2>&1) ||
		{ echo "pgbench $3 failed: $(tail -n 3 "$data/pgbench-$1.out")" >&2; echo "NaN NaN NaN"; return; }
	local tps count
	tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$data/pgbench-$1.out" | head -n 1)
	cat "$data"/txlog-"$1".* | awk '{ print $3 }' | sort -n >"$data/latencies-$1"
	count=$(wc -l <"$data/latencies-$1")
	awk -v n="$count" -v tps="$tps" '{ v[NR] = $1 } END {
		i50 = int(n * 0.5) > 0 ? int(n * 0.5) : 1; i99 = int(n * 0.99) > 0 ? int(n * 0.99) : 1
		printf "%.0f %.1f %.1f", tps, v[i50] / 1000, v[i99] / 1000 }' "$data/latencies-$1"
}
read -r cod_tps cod_p50 cod_p99 <<<"$(pgbench_run cod orders order-placement.pgbench)"
loads[pgbench]=$(loadavg)
read -r online_orders_tps online_orders_p50 online_orders_p99 <<<"$(pgbench_run online-orders orders order-placement-online.pgbench)"
read -r online_payment_tps online_payment_p50 online_payment_p99 <<<"$(pgbench_run online-payment payment order-payment-online.pgbench)"
# An online order needs both databases' work: done one after the other on the same cores, the rate is that of the
# two taken in series.
online_tps=$(awk -v a="$online_orders_tps" -v b="$online_payment_tps" 'BEGIN { printf "%.1f", 1 / (1 / a + 1 / b) }')

line() { # cod|online closed|open
	printf '%.1f orders/s, p50 %s ms, p99 %s ms (placement alone p50 %s ms, p99 %s ms), outcomes %s, initiate retries %s' \
		"$(field "$1-$2" perSecond)" "$(field "$1-$2" p50)" "$(field "$1-$2" p99)" "$(field "$1-$2" placeP50)" \
		"$(field "$1-$2" placeP99)" "$(field "$1-$2" outcomes)" "$(field "$1-$2" initiateRetries)"
}
ratio() { awk -v r="$1" -v t="$2" 'BEGIN { printf "%.3f", r / t }'; }
cat <<REPORT

Order placement, $(date -u '+%Y-%m-%d %H:%M UTC') ($(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -n 1))
 cash on delivery
  saturation, $CONCURRENCY clients  $(line cod closed)   [load ${loads[cod-closed]}]
  open loop at ${rate[cod]}/s      $(line cod open)   [load ${loads[cod-open]}]
  database alone         $cod_tps placements/s (pgbench), p50 $cod_p50 ms, p99 $cod_p99 ms   [load ${loads[pgbench]}]
  ratio                  $(ratio "$(field cod-closed perSecond)" "$cod_tps")
  CPU per order (ms)    ${cpu[cod]%,}
 online (place, initiate, pay in the sandbox, verify; the sandbox's webhooks follow)
  saturation, $CONCURRENCY clients  $(line online closed)   [load ${loads[online-closed]}]
  open loop at ${rate[online]}/s      $(line online open)   [load ${loads[online-open]}]
  database alone         $online_tps orders/s: orders database $online_orders_tps/s (p50 $online_orders_p50 ms, p99 $online_orders_p99 ms), payment database $online_payment_tps/s (p50 $online_payment_p50 ms, p99 $online_payment_p99 ms)
  ratio                  $(ratio "$(field online-closed perSecond)" "$online_tps")
  CPU per order (ms)    ${cpu[online]%,}
 OrderConfirmed committed -> consumer's effect committed (same PostgreSQL clock), during the open-loop runs
  cash on delivery at ${rate[cod]}/s:
$(events cod | tee "$data/events-cod" | percentiles)
$(grep ' missing ' "$data/events-cod" | sed 's/^/    /' || true)
  online at ${rate[online]}/s:
$(events online | tee "$data/events-online" | percentiles)
$(grep ' missing ' "$data/events-online" | sed 's/^/    /' || true)
REPORT
