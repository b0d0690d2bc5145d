#!/usr/bin/env bash
# Rebuilds the analytics service's figures from the Kafka topics: forgets every fact the order, payment, customer,
# loyalty and review topics gave, reads those topics again from the beginning, recomputes the rollups, and waits until it is done. The
# figures end the same (facts do not depend on the order events arrive in, and each event counts once); the apps'
# visit events and the demo history are on no topic and stay. Live consumption goes on meanwhile.
#
#   ADMIN_TOKEN=... scripts/analytics-rebuild.sh                   (through the local gateway)
#   ADMIN_TOKEN=... API=https://api.example.com scripts/analytics-rebuild.sh
#
# ADMIN_TOKEN is an admin's access token (POST /api/v1/auth/login). Topics keep what their retention keeps: a rebuild
# can only arrive at the same figures while the topics still hold every event (the compose file's Kafka keeps them).
set -euo pipefail
API=${API:-http://localhost:8080}
: "${ADMIN_TOKEN:?set ADMIN_TOKEN to the access token of an admin}"
auth=(-H "Authorization: Bearer $ADMIN_TOKEN")

run=$(curl -sS --fail-with-body -X POST "${auth[@]}" "$API/api/v1/admin/analytics-service/rebuild")
id=$(sed -n 's/.*"id":"\([^"]*\)".*/\1/p' <<<"$run")
[ -n "$id" ] || { echo "error: no rebuild started: $run" >&2; exit 1; }
echo "Rebuild $id started"
while :; do
	sleep 2
	run=$(curl -sS --fail-with-body "${auth[@]}" "$API/api/v1/admin/analytics-service/rebuild/$id")
	status=$(sed -n 's/.*"status":"\([A-Z]*\)".*/\1/p' <<<"$run")
	read_=$(sed -n 's/.*"eventsRead":\([0-9]*\).*/\1/p' <<<"$run")
	echo "  $status: $read_ events read"
	case $status in
	DONE) echo "$run"; exit 0 ;;
	FAILED) echo "$run" >&2; exit 1 ;;
	esac
done
