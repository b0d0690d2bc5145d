#!/usr/bin/env bash
# The outboxes' drain after a Kafka outage (issue 12, P4), on the whole local platform: cash-on-delivery orders at a
# steady RATE (an open loop, scripts/benchmark/OrderLoad.java) for LEAD seconds, then Kafka is stopped through the
# launcher's control interface (127.0.0.1:8099) for OUTAGE seconds while orders keep coming (the outboxes hold
# their events), then started again, the orders still coming for TAIL seconds. Then, per service outbox, from its
# own rows (messaging.event_outbox: created_at, published_at, read on the one PostgreSQL clock): the backlog at the
# restart (events written before it and not yet sent), the time from the restart to the last of them being sent,
# and the rate at which they were sent (backlog / time from the first to the last of them reaching Kafka).
# A script, not a test: it never fails on speed. Prints the 1-minute load average around the run.
#
#   scripts/benchmark-outbox-drain.sh    (needs a build: ./mvnw -DskipTests package; psql; uses the local platform's
#                                         ports: run it under flock, with no ./run-local running)
#   RATE=10 OUTAGE=60 scripts/benchmark-outbox-drain.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RATE=${RATE:-10}
LEAD=${LEAD:-30}
OUTAGE=${OUTAGE:-60}
TAIL=${TAIL:-60}
BENCHMARK_NAME=outbox-drain
. scripts/benchmark/order-platform.sh
DATABASES="customer inventory orders store payment loyalty notification analytics review"
control() { curl -sS --fail-with-body -X POST "127.0.0.1:8099/processes/kafka/$1"; echo; }
clock() { sql postgres "SELECT extract(epoch FROM clock_timestamp())"; }
backlog() { # database -> events not yet sent (parked ones excluded)
	sql "$1" "SELECT count(*) FROM messaging.event_outbox WHERE published_at IS NULL AND parked_at IS NULL"
}

echo "Warming up: $RATE orders/s for 30 s (load $(loadavg))..."
load_report body="$data/order-cod.json" payment=cod rate="$RATE" warmup=0 seconds=30 >/dev/null
echo "Steady load: $RATE cash-on-delivery orders/s for $((LEAD + OUTAGE + TAIL)) s; Kafka away from ${LEAD}s to $((LEAD + OUTAGE))s..."
load_report body="$data/order-cod.json" payment=cod rate="$RATE" warmup=0 seconds=$((LEAD + OUTAGE + TAIL)) \
	timeline=10 >"$data/load.out" &
load=$!
sleep "$LEAD"
load_before=$(loadavg)
stopped=$(clock)
control stop
stop_took=$(awk -v a="$stopped" -v b="$(clock)" 'BEGIN { printf "%.1f", b - a }')
sleep "$OUTAGE"
load_outage=$(loadavg)
restarted=$(clock)
for db in $DATABASES; do printf '%s ' "$db"; backlog "$db"; done >"$data/backlog-polled"
control start
start_took=$(awk -v a="$restarted" -v b="$(clock)" 'BEGIN { printf "%.1f", b - a }')
wait $load
load_after=$(loadavg)

echo "Waiting until every event written before the restart has been sent..."
pending() { # database -> events written before the restart, still not sent
	sql "$1" "SELECT count(*) FROM messaging.event_outbox WHERE created_at < to_timestamp($restarted)
		AND published_at IS NULL AND parked_at IS NULL"
}
for _ in $(seq 1 120); do
	left=0
	for db in $DATABASES; do left=$((left + $(pending "$db"))); done
	[ "$left" -eq 0 ] && break
	sleep 1
done

drain() { # database -> "backlog seconds-to-empty events/s"
	sql "$1" "SELECT count(*), coalesce(extract(epoch FROM max(published_at)) - $restarted, 0),
			CASE WHEN count(*) > 1 AND max(published_at) > min(published_at)
			     THEN count(*) / extract(epoch FROM max(published_at) - min(published_at)) END
		FROM messaging.event_outbox WHERE created_at < to_timestamp($restarted) AND parked_at IS NULL
			AND (published_at IS NULL OR published_at >= to_timestamp($restarted))"
}
placed_in_outage=$(sql orders "SELECT count(*) FROM orders WHERE created_at >= to_timestamp($stopped)
	AND created_at < to_timestamp($restarted)")
line=$(cat "$data/load.out")
field() { echo "$line" | tr ' ' '\n' | sed -n "s/^$1=//p"; }

cat <<REPORT

Outbox drain after a Kafka outage, $(date -u '+%Y-%m-%d %H:%M UTC') ($(nproc) cores, $(java -version 2>&1 | head -n 1))
  load                 $RATE cash-on-delivery orders/s, open loop, $((LEAD + OUTAGE + TAIL)) s: $(field done) placed, outcomes $(field outcomes), placement p50 $(field placeP50) ms, p99 $(field placeP99) ms (whole run)
  Kafka                stopped in $stop_took s; away ${OUTAGE} s, $placed_in_outage orders stored meanwhile; the start call took $start_took s (until Kafka answered)
  load average         $load_before before the outage, $load_outage at its end, $load_after after the tail
  per outbox           backlog at restart, time from the restart until the last of it was sent, drain rate (first to last sent)
$(for db in $DATABASES; do
	read -r n secs rate <<<"$(drain "$db")"
	[ "$n" -gt 0 ] && printf '    %-14s %6d events   empty after %6.1f s   %8s events/s\n' "$db" "$n" "$secs" "$(printf '%.0f' "${rate:-0}")"
done)
  polled at restart    $(tr '\n' ' ' <"$data/backlog-polled")
  outcomes per 10 s of the load (Kafka away from ${LEAD}s to $((LEAD + OUTAGE))s):
$(sed -n 's/^timeline //p' "$data/load.out" | tr ' ' '\n' | sed 's/^/    /')
REPORT
