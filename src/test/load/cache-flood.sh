#!/usr/bin/env bash
# Memory attack on the page cache (issue 17, High 1), bounded and repeatable: serves the portal on
# 127.0.0.1 from its own throw-away database with the recommended launch options (-Xmx192m,
# -XX:+ExitOnOutOfMemoryError), then for DURATION seconds
#   - floods it with query strings no cache has seen: /events.ics with a long parameter the page
#     does not read and a new value each time, and /search with a new value of a parameter it reads,
#   - holds SLOW connections open that send a request header line every few seconds and never end it,
# and prints once a second the heap (jstat: used, old generation, full collections), what a sample
# request for the China page and liveness got (status and milliseconds; 000 is no answer within 5 s)
# and whether the JVM is still alive. At the end: wrk's answers per second and the heap after a
# full collection (jcmd). Expect the heap to stay bounded, the China page and liveness to answer
# 200 throughout, and no OutOfMemoryError; if one happens, the JVM ends (the supervisor's cue).
#
# Loopback only; everything it started stops at the end (also on Ctrl-C) and its database is
# dropped. Needs: wrk, curl, psql, python3, a JDK 17+ (jcmd, jstat); run from anywhere:
#
#   src/test/load/cache-flood.sh
#
# Settings (environment): PORT (18182), DURATION seconds (60), SLOW connections (1500),
# CONNECTIONS per wrk flood (8), JAVA (java), SKIP_BUILD=true to use the jar already in target/,
# PGHOST, PGPORT, PGUSER, PGPASSWORD.

set -euo pipefail

PORT=${PORT:-18182}
DURATION=${DURATION:-60}
SLOW=${SLOW:-1500}
CONNECTIONS=${CONNECTIONS:-8}
JAVA=${JAVA:-java}
SKIP_BUILD=${SKIP_BUILD:-false}
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
# the recommended launch (docs/PERFORMANCE.md)
JAVA_OPTS=(-XX:+UseSerialGC -Xms64m -Xmx192m -Xss512k -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m
	-XX:+ExitOnOutOfMemoryError)

BASE="http://127.0.0.1:${PORT}"
DATABASE="portal_flood_$$"
REPO=$(cd "$(dirname "$0")/../../.." && pwd)
WORK=$(mktemp -d)
PIDS=()
PORTAL_PID=""

cleanup() {
	for pid in "${PIDS[@]}"; do kill "$pid" 2> /dev/null || true; done
	if [[ -n "$PORTAL_PID" ]]; then
		kill "$PORTAL_PID" 2> /dev/null || true
		wait "$PORTAL_PID" 2> /dev/null || true
	fi
	psql -qc "drop database if exists $DATABASE" postgres 2> /dev/null || true
	rm -rf "$WORK"
}
trap cleanup EXIT

for tool in wrk curl psql python3 jcmd jstat; do
	command -v "$tool" > /dev/null || { echo "cache-flood.sh needs $tool" >&2; exit 1; }
done

cd "$REPO"
if [[ "$SKIP_BUILD" != true ]]; then
	./mvnw -q -DskipTests package
fi
JAR=$(ls target/cluster-portal-*.jar | grep -v -- '-plain' | head -1)

psql -qc "create database $DATABASE" postgres
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DATABASE" SPRING_DATASOURCE_USERNAME="$PGUSER" \
	SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" SERVER_ADDRESS=127.0.0.1 SERVER_PORT=$PORT PORTAL_DEMO_CONTENT=true \
	MALLOC_ARENA_MAX=2 "$JAVA" "${JAVA_OPTS[@]}" -jar "$JAR" > "$WORK/portal.log" 2>&1 &
PORTAL_PID=$!
until curl -sf -o /dev/null "$BASE/actuator/health/readiness"; do
	kill -0 "$PORTAL_PID" 2> /dev/null || { echo "the portal did not start:" >&2; tail -30 "$WORK/portal.log" >&2; exit 1; }
	sleep 0.2
done
echo "portal ready (pid $PORTAL_PID), ${JAVA_OPTS[*]}"

# a parameter /events.ics does not read, 7,800 bytes long, with a new value of another each time
cat > "$WORK/unread.lua" << 'LUA'
local long = string.rep("a", 7800)
counter = 0
request = function()
	counter = counter + 1
	return wrk.format(nil, "/events.ics?p=" .. long .. "&n=" .. counter .. "-" .. math.random(1, 1000000000))
end
LUA
# a parameter /search reads, a new value each time
cat > "$WORK/read.lua" << 'LUA'
counter = 0
request = function()
	counter = counter + 1
	return wrk.format(nil, "/search?q=flood" .. counter .. "x" .. math.random(1, 1000000000))
end
LUA
cat > "$WORK/report.lua" << 'LUA'
done = function(summary, latency, requests)
	local e = summary.errors
	io.write(string.format("%d answers in %.1f s: %.0f a second, %d errors (connect %d, read %d, timeout %d, status %d)\n",
		summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
		e.connect + e.read + e.write + e.timeout + e.status, e.connect, e.read, e.timeout, e.status))
end
LUA

# slow connections: each sends a header line every few seconds and never ends its request
cat > "$WORK/slow.py" << 'PY'
import socket, sys, time
port, count, duration = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
end = time.monotonic() + duration
sockets = []
for _ in range(count):
    if time.monotonic() > end:
        break
    try:
        s = socket.create_connection(("127.0.0.1", port), timeout=2)
        s.sendall(b"GET /countries/china HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        sockets.append(s)
    except OSError:
        pass
print(f"{len(sockets)} slow connections open", flush=True)
while time.monotonic() < end:
    time.sleep(min(5, max(0, end - time.monotonic())))
    for s in list(sockets):
        try:
            s.sendall(b"X-Slow: 1\r\n")
        except OSError:
            sockets.remove(s)
for s in sockets:
    s.close()
PY

# wrk takes both functions, request and done, from one script
cat "$WORK/report.lua" >> "$WORK/unread.lua"
cat "$WORK/report.lua" >> "$WORK/read.lua"

python3 "$WORK/slow.py" "$PORT" "$SLOW" "$DURATION" &
PIDS+=($!)
wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 5s -s "$WORK/unread.lua" "$BASE" > "$WORK/unread.txt" 2>&1 &
PIDS+=($!)
wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 5s -s "$WORK/read.lua" "$BASE" > "$WORK/read.txt" 2>&1 &
PIDS+=($!)

# sample URL: the status (000: no answer within 5 s) and the time of one request
sample() {
	curl -s -o /dev/null -m 5 -w '%{http_code} %{time_total}' "$1" 2> /dev/null | awk '{printf "%s %.0fms", $1, $2 * 1000}' || true
}

printf '%4s %10s %10s %8s %14s %14s\n' s heap_MB old_MB full_GCs china liveness
for ((second = 1; second <= DURATION; second++)); do
	sleep 1
	if ! kill -0 "$PORTAL_PID" 2> /dev/null; then
		echo "the portal ended (exit after OutOfMemoryError?): the end of its log:"
		tail -5 "$WORK/portal.log"
		break
	fi
	# a sample that fails (no answer, the JVM ending) is printed as such, it does not end the run
	read -r heap old fgc < <(jstat -gc "$PORTAL_PID" 2> /dev/null \
		| awk 'NR == 2 {printf "%.1f %.1f %d\n", ($3 + $4 + $6 + $8) / 1024, $8 / 1024, $15}' || echo "- - -") || true
	china=$(sample "$BASE/countries/china")
	live=$(sample "$BASE/actuator/health/liveness")
	printf '%4d %10s %10s %8s %14s %14s\n' "$second" "$heap" "$old" "$fgc" "$china" "$live"
done
wait "${PIDS[@]}" 2> /dev/null || true
PIDS=()

echo "unread-parameter flood: $(grep -h 'answers in' "$WORK/unread.txt" || tail -1 "$WORK/unread.txt")"
echo "read-parameter flood:   $(grep -h 'answers in' "$WORK/read.txt" || tail -1 "$WORK/read.txt")"
if kill -0 "$PORTAL_PID" 2> /dev/null; then
	jcmd "$PORTAL_PID" GC.run > /dev/null
	echo "heap after a full collection: $(jcmd "$PORTAL_PID" GC.heap_info | grep -E 'used' | head -2 | tr -s ' ' | tr '\n' ';')"
	echo "China page now: $(curl -s -o /dev/null -m 5 -w '%{http_code} in %{time_total} s' "$BASE/countries/china")"
fi
{ grep -c OutOfMemoryError "$WORK/portal.log" || true; } | awk '{print "OutOfMemoryError in the log: " $1}'
