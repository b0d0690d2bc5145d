#!/usr/bin/env bash
# Measures menu browsing through the gateway with inventory-service's menu cache off, then on: anonymous GETs of a
# mix of product pages, products by slug, store menus and categories, as fast as wrk can send them, while an admin
# empties and refills one product's stock at a store every second (each time the store's menu changes, so its cached
# pages are dropped). Reports requests per second, p50/p99, the CPU inventory-service, the gateway and PostgreSQL
# spend per request, and the cache's hit rate (from the cache.gets meter). The two runs are back to back, each on a
# freshly started platform. A script, not a test: it never fails on speed.
#
#   scripts/benchmark-browse.sh     (needs a build: ./mvnw -DskipTests package; and wrk: apt-get install wrk;
#                                    uses the local platform's ports 8080-8089 and 15432: stop ./run-local first)
#   DURATION=30s CONNECTIONS=64 scripts/benchmark-browse.sh
#   METRICS=http://127.0.0.1:9082/actuator/prometheus scripts/benchmark-browse.sh  (inventory's management port)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/benchmark/wrk-platform.sh
METRICS=${METRICS:-http://127.0.0.1:9082/actuator/prometheus}
GATEWAY=http://127.0.0.1:8080
STORES=(a1000000-0000-4000-8000-000000000001 a1000000-0000-4000-8000-000000000002
	a1000000-0000-4000-8000-000000000003 a1000000-0000-4000-8000-000000000004)
CHURN_STORE=a1000000-0000-4000-8000-000000000001      # Manek Chowk
CHURN_PRODUCT=e2000000-0000-4000-8000-000000000001    # Classic Shikanji
work=$(mktemp -d /tmp/browse-benchmark-XXXX)
platform=
churn=
stop() {
	if [ -n "$churn" ]; then kill "$churn" 2>/dev/null || true; wait "$churn" 2>/dev/null || true; fi
	if [ -n "$platform" ]; then kill -TERM "$platform" 2>/dev/null || true; wait "$platform" 2>/dev/null || true; fi
	churn= platform=
}
trap 'stop; rm -rf "$work"' EXIT

# Limits far above the test rate, full JIT, no ahead-of-time cache recording (as scripts/benchmark-gateway.sh).
export RATE_LIMIT_ANONYMOUS=1000000000 RATE_LIMIT_ADMIN=1000000000 RATE_LIMIT_AUTHENTICATED=1000000000
export DEV_STACK_AOT=false
export DEV_STACK_JAVA_OPTS="-XX:TieredStopAtLevel=4 -XX:CICompilerCount=2 -Xmx256m"

start() { # cache on|off
	local data="$work/data-$1"
	MENU_CACHE_ENABLED=$([ "$1" = on ] && echo true || echo false) "$JAVA_HOME/bin/java" \
		@dev-stack/launcher-jvm.options -jar dev-stack/target/dev-stack.jar --data-dir "$data" \
		--only gateway-service,customer-service,inventory-service >"$work/console-$1.log" 2>&1 &
	platform=$!
	echo "Starting gateway, customer and inventory services, menu cache $1 (log: $work/console-$1.log)..." >&2
	until grep -q '^READY' "$work/console-$1.log"; do
		kill -0 "$platform" 2>/dev/null || { cat "$work/console-$1.log"; exit 1; }
		sleep 1
	done
}

# The requests: what the apps read when browsing, weighted by repeating them.
paths() {
	local slugs categories store i
	categories=$(curl -sSf "$GATEWAY/api/v1/categories" | grep -o '"slug":"[a-z0-9-]*"' | cut -d'"' -f4)
	# Each product names its category too: keep the products' own slugs.
	slugs=$(curl -sSf "$GATEWAY/api/v1/products?size=100" | grep -o '"slug":"[a-z0-9-]*"' | cut -d'"' -f4 | sort -u |
		grep -vxF -f <(echo "$categories"))
	for i in 1 2 3; do
		for slug in $slugs; do echo "/api/v1/products/$slug"; done
	done
	for i in 1 2 3; do
		for slug in $categories; do echo "/api/v1/products?category=$slug"; done
	done
	for i in 1 2 3 4 5; do
		echo "/api/v1/products"
		for store in "${STORES[@]}"; do echo "/api/v1/products?available=true&inStockAt=$store"; done
	done
	for i in 1 2; do
		echo "/api/v1/products?sort=rating&size=10"
		echo "/api/v1/products?featured=true"
		echo "/api/v1/categories"
	done
	for word in shikanji lemon masala lassi mango soda jeera samosa; do echo "/api/v1/products?q=$word"; done
}

lua() { # paths file -> wrk script sending them in random order
	{
		echo 'local paths = {}'
		sed 's/.*/table.insert(paths, "&")/' "$1"
		echo 'math.randomseed(os.time())'
		echo 'request = function() return wrk.format("GET", paths[math.random(#paths)]) end'
	} >"$1.lua"
}

. scripts/benchmark/cpu-ticks.sh
pid_of() { # service name -> pid of its JVM
	local pid
	for pid in $(pgrep -P "$platform"); do
		tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q "$1" && { echo "$pid"; return; }
	done
	echo 0
}
meter() { # result (hit|miss) -> cache.gets of the menu cache; 0 when the cache is off
	curl -sf "$METRICS" | awk -v r="$1" '/^cache_gets_total\{/ && /cache="menu"/ && $0 ~ "result=\"" r "\"" { v = $NF }
		END { printf "%d", v + 0 }' || echo 0
}
rps() { sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p'; }
non2xx() { echo "$1" | sed -n 's/.*Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p' | awk '{ s += $1 } END { print s + 0 }'; }
pct() { # percentile label (50%, 99%) -> milliseconds
	awk -v p="$1" '$1 == p { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) } else if (v ~ /s$/) { sub(/s/, "", v); v *= 1000 } printf "%.2f", v }'
}

run() { # cache on|off -> one report line
	local mode=$1 admin gateway inventory postgres g0 i0 p0 hits misses out seconds requests
	start "$mode"
	admin=$(curl -sSf "$GATEWAY/api/v1/auth/login" -H 'Content-Type: application/json' \
		-d '{"email":"admin@jainshikanji.local","password":"demo-admin-pass"}' | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
	paths >"$work/paths"
	lua "$work/paths"
	# Stock churn: the product sells out at the store and is restocked, once a second.
	(
		count=0
		while true; do
			count=$(( count == 0 ? 80 : 0 ))
			curl -sf -o /dev/null "$GATEWAY/api/v1/inventory/stores/$CHURN_STORE/stock/$CHURN_PRODUCT/counts" \
				-H "Authorization: Bearer $admin" -H 'Content-Type: application/json' -d "{\"countedStock\": $count}" || true
			sleep 1
		done
	) &
	churn=$!
	gateway=$(pid_of gateway-service); inventory=$(pid_of inventory-service)
	postgres=$(pgrep -o -f "postgres.*$work/data-$mode" || echo 0)
	echo "Warming up ($WARMUP)..." >&2
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$work/paths.lua" "$GATEWAY" >/dev/null
	echo "Measuring ($DURATION, $CONNECTIONS connections)..." >&2
	g0=$(ticks "$gateway"); i0=$(ticks "$inventory"); p0=$(ticks "$postgres")
	hits=$(meter hit); misses=$(meter miss)
	out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$work/paths.lua" "$GATEWAY")
	hits=$(( $(meter hit) - hits )); misses=$(( $(meter miss) - misses ))
	seconds=$(echo "$out" | sed -n 's/.*requests in \([0-9.]*\)s,.*/\1/p')
	requests=$(echo "$out" | sed -n 's/^ *\([0-9]*\) requests in.*/\1/p')
	per_request() { awk -v t="$1" -v n="$requests" -v hz="$(getconf CLK_TCK)" 'BEGIN { if (t <= 0) print "-"; else printf "%.0f", t / hz / n * 1e6 }'; }
	printf '  cache %-3s  %8s req/s  p50 %6s ms  p99 %7s ms  non-2xx %s  hit rate %s  CPU µs/request: inventory %s, gateway %s, PostgreSQL %s  (%s paths, %ss)\n' \
		"$mode" "$(echo "$out" | rps)" "$(echo "$out" | pct 50%)" "$(echo "$out" | pct 99%)" "$(non2xx "$out")" \
		"$(awk -v h="$hits" -v m="$misses" 'BEGIN { if (h + m == 0) print "-"; else printf "%.1f %% (%d hits, %d misses)", 100 * h / (h + m), h, m }')" \
		"$(per_request $(( $(ticks "$inventory") - i0 )))" "$(per_request $(( $(ticks "$gateway") - g0 )))" \
		"$(per_request $(( $(ticks "$postgres") - p0 )))" "$(wc -l <"$work/paths")" "$seconds"
	stop
}

run off >"$work/report"
run on >>"$work/report"
echo
echo "Menu browsing through the gateway ($(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -n 1), $(date -u +%F))"
cat "$work/report"
