# Sourced by scripts/benchmark-gateway-cpu.sh and scripts/benchmark-rate-limiter.sh (from the repository's root,
# JAVA_HOME set): makes a throw-away directory $data (named after $1), starts the stand-in backend of
# scripts/benchmark/GatewayBackend.java (embedded Redis, the test token issuer's JWKS, a fixed
# GET /api/v1/customers/me) and waits until it is ready. Defines backend (its pid), REDIS_PORT, JWKS_URI and
# SERVICE_URL, and pids: every pid added to it is stopped, and $data removed, on exit; and free_port and
# await_gateway for the gateways the scripts start behind it.
data=$(mktemp -d "/tmp/$1-XXXX")
pids=()
cleanup() {
	for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
	for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
	rm -rf "$data"
}
trap cleanup EXIT

./mvnw -B -q -o dependency:build-classpath -pl test-support -Dmdep.outputFile="$data/cp" >/dev/null
"$JAVA_HOME/bin/java" -Xmx128m -cp "test-support/target/test-support.jar:$(cat "$data/cp")" \
	scripts/benchmark/GatewayBackend.java >"$data/backend.log" 2>&1 &
backend=$!
pids+=("$backend")
until grep -qs '^READY' "$data/backend.log"; do
	kill -0 "$backend" 2>/dev/null || { cat "$data/backend.log"; exit 1; }
	sleep 1
done
eval "$(grep -E '^(REDIS_PORT|JWKS_URI|SERVICE_URL)=' "$data/backend.log")"

# The first port from $1 on that nobody listens on.
free_port() {
	local port=$1
	while ss -ltn | grep -q ":$port "; do port=$((port + 1)); done
	echo "$port"
}

# Waits until a gateway started with MANAGEMENT_PORT=$2 is ready (its actuator is on that port only); shows $3, its
# log, if the gateway (pid $1) stopped instead.
await_gateway() {
	until curl -sf "localhost:$2/actuator/health" >/dev/null; do
		kill -0 "$1" 2>/dev/null || { cat "$3"; exit 1; }
		sleep 1
	done
}
