#!/usr/bin/env bash
# Writes docker/prometheus/exported-metrics.txt: the names of every series the services export, scraped from their
# management ports (9080-9089) on the running local platform (./run-local). dev-stack's ObservabilityWiringTests
# checks every metric a Grafana dashboard or an alert rule selects against this list, so run this again after adding
# a metric and before using it in docker/grafana or docker/prometheus. Drive some traffic first (an order, a
# payment, a 429 at the gateway) so that request series with their tags exist.
set -euo pipefail
cd "$(dirname "$0")/.."
out=docker/prometheus/exported-metrics.txt
scraped=$(for port in $(seq 9080 9089); do
	curl -fsS "http://127.0.0.1:$port/actuator/prometheus" || echo "# port $port did not answer" >&2
done | grep -v '^#' | sed -E 's/[{ ].*//' | sort -u)
{
	echo "# Series the services export, scraped by scripts/list-exported-metrics.sh from the local platform on $(date -u +%Y-%m-%d)."
	echo "# Checked against the dashboards and alert rules by dev-stack's ObservabilityWiringTests."
	echo "$scraped"
	echo "# Registered on first occurrence only (absent from a quiet platform's scrape); the test named proves each moves:"
	echo "# common-lib DeadLetterTests (messaging.dead.letters)"
	echo "messaging_dead_letters_records_total"
} > "$out"
echo "$(echo "$scraped" | wc -l) series names written to $out"
