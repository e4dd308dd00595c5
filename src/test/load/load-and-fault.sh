#!/usr/bin/env bash
# Load and fault test: serves the portal on 127.0.0.1 from its own throw-away database on the
# local PostgreSQL server, loads its main pages with wrk, stops PostgreSQL for a while and
# starts it again, and prints once a second what a sample of requests got (how many 200, 503
# and other answers, and the slowest; "other" 000 is no answer within 15 s) and what readiness
# says. At the end: wrk's totals. Expect 503 within about two seconds while the database is
# stopped, and 200 again within seconds of its start.
#
# WARNING: this stops the machine's whole PostgreSQL server, so every other user of it (other
# test runs too) loses it for that time. Run it only when nothing else needs the database.
#
# Needs: wrk, curl, psql, pg_ctlcluster (Debian's postgresql-common), JDK 17; run as root or as
# the owner of the PostgreSQL cluster, from anywhere:
#
#   src/test/load/load-and-fault.sh
#
# Settings (environment): PORT (18181), DURATION seconds of load (90), STOP_AT and START_AT,
# the seconds into the load at which PostgreSQL stops and starts (20, 50), CONNECTIONS wrk
# keeps open (8), PG_VERSION (the newest in /etc/postgresql), SKIP_BUILD=true to use the jar
# already in target/. Everything it started is stopped at the end, also on Ctrl-C, and
# PostgreSQL is started again if it stopped it.

set -euo pipefail

PORT=${PORT:-18181}
DURATION=${DURATION:-90}
STOP_AT=${STOP_AT:-20}
START_AT=${START_AT:-50}
CONNECTIONS=${CONNECTIONS:-8}
PG_VERSION=${PG_VERSION:-$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)}
SKIP_BUILD=${SKIP_BUILD:-false}

BASE="http://127.0.0.1:${PORT}"
PAGES=(/ /countries/china /clusters /partnerships /events "/search?q=automobile&type=news")
DATABASE="portal_load_$$"
REPO=$(cd "$(dirname "$0")/../../.." && pwd)
WORK=$(mktemp -d)
PORTAL_PID=""
WRK_PID=""
SAMPLES=()
STOPPED_POSTGRES=false

log() {
	printf '%s %s\n' "$(date +%T)" "$*"
}

psql_admin() {
	psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -q -c "$1"
}

postgres_running() {
	pg_isready -h 127.0.0.1 -p 5432 -q
}

pg_cluster() {
	pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" main "$1"
}

cleanup() {
	set +e
	[[ -n "$WRK_PID" ]] && kill "$WRK_PID" 2>/dev/null
	if [[ -n "$PORTAL_PID" ]]; then
		kill "$PORTAL_PID" 2>/dev/null
		wait "$PORTAL_PID" 2>/dev/null
	fi
	if [[ "$STOPPED_POSTGRES" == true ]] && ! postgres_running; then
		log "Starting PostgreSQL again"
		pg_cluster start
	fi
	for _ in $(seq 30); do
		postgres_running && break
		sleep 1
	done
	psql_admin "drop database if exists ${DATABASE} with (force)" 2>/dev/null
	rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for tool in wrk curl psql pg_isready pg_ctlcluster java; do
	command -v "$tool" >/dev/null || { echo "Missing: $tool" >&2; exit 1; }
done
if (( STOP_AT >= START_AT || START_AT >= DURATION )); then
	echo "Need STOP_AT < START_AT < DURATION" >&2
	exit 1
fi
postgres_running || { echo "PostgreSQL is not running on 127.0.0.1:5432" >&2; exit 1; }

if [[ "$SKIP_BUILD" != true ]]; then
	log "Building the portal"
	(cd "$REPO" && ./mvnw -q -DskipTests package)
fi
JAR=$(ls "$REPO"/target/cluster-portal-*.jar | head -n 1)

log "Creating database ${DATABASE} and starting the portal on ${BASE}"
psql_admin "create database ${DATABASE}"
java -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" \
	--spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/${DATABASE}" \
	--spring.datasource.username=postgres --portal.admin.password="load-test-$$-password" \
	>"$WORK/portal.log" 2>&1 &
PORTAL_PID=$!
for _ in $(seq 180); do
	[[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE/actuator/health/readiness")" == 200 ]] && break
	kill -0 "$PORTAL_PID" 2>/dev/null || { echo "The portal did not start:" >&2; tail -n 40 "$WORK/portal.log" >&2; exit 1; }
	sleep 1
done
[[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE/actuator/health/readiness")" == 200 ]] \
	|| { echo "The portal was not ready within 3 minutes" >&2; exit 1; }

log "Warming up"
for _ in 1 2 3; do
	for url in "${PAGES[@]}"; do
		curl -s -o /dev/null --max-time 30 "${BASE}${url}" || true
	done
done

# wrk: every connection cycles through the pages; the totals count answers by status.
cat >"$WORK/pages.lua" <<'LUA'
local pages = { "/", "/countries/china", "/clusters", "/partnerships", "/events", "/search?q=automobile&type=news" }
local threads = {}

function setup(thread)
	table.insert(threads, thread)
end

function init(args)
	next_page = 0
	statuses = {}
end

function request()
	next_page = next_page % #pages + 1
	return wrk.format(nil, pages[next_page])
end

function response(status, headers, body)
	statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
	local totals = {}
	for _, thread in ipairs(threads) do
		for status, count in pairs(thread:get("statuses")) do
			totals[status] = (totals[status] or 0) + count
		end
	end
	io.write("Answers by status over the whole run:")
	for status, count in pairs(totals) do
		io.write(string.format("  %d: %d", status, count))
	end
	io.write(string.format("\nTimeouts: %d, slowest: %.2f s\n", summary.errors.timeout, latency.max / 1e6))
end
LUA

log "Loading ${#PAGES[@]} pages with ${CONNECTIONS} connections for ${DURATION} s;" \
	"PostgreSQL stops at ${STOP_AT} s and starts at ${START_AT} s"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 15s -s "$WORK/pages.lua" "$BASE" >"$WORK/wrk.txt" 2>&1 &
WRK_PID=$!

# Once a second, a sample besides the load: each page once, all at once (each on its own
# connection: curl would otherwise wait to reuse one and send them one after the other), and readiness.
sample() {
	local second=$1 state=$2 args=() url
	for url in "${PAGES[@]}"; do
		args+=(-o /dev/null "${BASE}${url}")
	done
	curl -s --parallel --parallel-immediate --parallel-max "${#PAGES[@]}" --max-time 15 -w '%{http_code} %{time_total}\n' "${args[@]}" \
		>"$WORK/sample-$second.txt" 2>/dev/null || true
	local readiness
	readiness=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE/actuator/health/readiness" || true)
	awk -v second="$second" -v state="$state" -v readiness="$readiness" '
		{ if ($1 == 200) ok++; else if ($1 == 503) unavailable++; else other++; if ($2 > max) max = $2 }
		END { printf "t=%3ds  200: %d  503: %d  other: %d  slowest %5.2f s  readiness %s  (%s)\n",
			second, ok, unavailable, other, max, readiness, state }' "$WORK/sample-$second.txt"
}

state="database up"
started=$SECONDS
while (( (elapsed = SECONDS - started) < DURATION )); do
	if (( elapsed >= STOP_AT )) && [[ "$state" == "database up" ]]; then
		log "Stopping PostgreSQL"
		STOPPED_POSTGRES=true
		pg_cluster stop
		state="database stopped"
	elif (( elapsed >= START_AT )) && [[ "$state" == "database stopped" ]]; then
		log "Starting PostgreSQL"
		pg_cluster start
		STOPPED_POSTGRES=false
		state="database started again"
	fi
	sample "$elapsed" "$state" &
	SAMPLES+=($!)
	sleep 1
done
wait "$WRK_PID" || true
WRK_PID=""
wait "${SAMPLES[@]}"

echo
cat "$WORK/wrk.txt"
echo
echo "Portal log: $(grep -c 'answered 503' "$WORK/portal.log" || true) requests answered 503," \
	"$(grep -c ' ERROR ' "$WORK/portal.log" || true) ERROR lines"
