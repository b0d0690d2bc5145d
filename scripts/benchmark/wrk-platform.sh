# Sourced by scripts/benchmark-browse.sh and scripts/benchmark-gateway.sh (from the repository's root): JDK 25, wrk
# and a build are there, and the wrk defaults both use (each overridable from the environment).
. scripts/use-jdk25.sh
command -v wrk >/dev/null || { echo "error: wrk is needed (apt-get install wrk)" >&2; exit 1; }
[ -f dev-stack/target/dev-stack.jar ] || { echo "error: build first: ./mvnw -DskipTests package" >&2; exit 1; }

DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-20s}
