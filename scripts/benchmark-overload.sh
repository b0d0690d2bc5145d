#!/usr/bin/env bash
# Order placement past saturation (issue 12, P2): cash-on-delivery orders placed through the gateway by closed loops
# of CLIENTS clients each (8, 16, then 32 by default), on the whole local platform with the JVM options ./run-local
# uses (C1 only), a new Idempotency-Key per order. Prints orders/s, p50/p99 and the outcomes of every 5 s: whether
# throughput holds when more orders arrive than the platform can place, and which refusals clients get (503
# placements-busy while order-service's placement turns are all taken, 503 service-unavailable when a service it
# calls is too slow). ORDER_PLACEMENT_CONCURRENCY=1000 takes the turns away, for comparison. A script, not a test.
#
#   scripts/benchmark-overload.sh      (needs a build: ./mvnw -DskipTests package; and psql; uses the local
#                                       platform's ports: run it under flock, with no ./run-local running)
#   CLIENTS="8 16 32" WARMUP=15 DURATION=30 scripts/benchmark-overload.sh
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS=${CLIENTS:-8 16 32}
WARMUP=${WARMUP:-15}
DURATION=${DURATION:-30}
BENCHMARK_NAME=overload
export DEV_STACK_JAVA_OPTS=""
. scripts/benchmark/order-platform.sh
echo "Placement turns per order-service instance: ${ORDER_PLACEMENT_CONCURRENCY:-8 (default)}"
for clients in $CLIENTS; do
	echo "COD, $clients clients: ${WARMUP}s warm-up, ${DURATION}s measured (load $(loadavg))..."
	load_report body="$data/order-cod.json" payment=cod clients="$clients" warmup="$WARMUP" seconds="$DURATION" \
		timeline=5
done
