#!/usr/bin/env bash
# Documents' files in bounded memory: serves the portal on 127.0.0.1 with the recommended launch
# options (-Xmx192m, docs/PERFORMANCE.md) from its own throw-away database on the local PostgreSQL
# server, signs in as its admin, publishes a valid 20 MB PDF through the document form, then runs
# ten parallel downloads of it (rate-limited, so that they overlap) and three parallel uploads of
# it. It prints the live heap (right after a full collection, jcmd GC.run: what the transfers
# hold) before, during and after each part, and every answer's status. Expect 200 for every
# download, 302 (saved) for every upload, and the live heap during either within 50 MB of the
# idle one.
#
# Needs: curl, psql, python3, JDK 17+ (java, jcmd); from anywhere:
#
#   src/test/load/document-files.sh
#
# Settings (environment): PORT (18183), DOWNLOADS (10), UPLOADS (3), RATE per transfer (2M, curl's
# --limit-rate, so that 20 MB take about ten seconds), SKIP_BUILD=true to use the jar already in target/. It stops by itself (every
# request has a time limit); the portal and the database it made are removed at the end, also
# on Ctrl-C.

set -euo pipefail

PORT=${PORT:-18183}
DOWNLOADS=${DOWNLOADS:-10}
UPLOADS=${UPLOADS:-3}
RATE=${RATE:-2M}
SKIP_BUILD=${SKIP_BUILD:-false}

BASE="http://127.0.0.1:${PORT}"
DATABASE="portal_files_$$"
REPO=$(cd "$(dirname "$0")/../../.." && pwd)
WORK=$(mktemp -d)
PORTAL_PID=""
PASSWORD="Load-$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')-files"

log() {
	printf '%s %s\n' "$(date +%T)" "$*"
}

psql_admin() {
	psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -q -c "$1"
}

cleanup() {
	set +e
	if [[ -n "$PORTAL_PID" ]]; then
		kill "$PORTAL_PID" 2>/dev/null
		wait "$PORTAL_PID" 2>/dev/null
	fi
	psql_admin "drop database if exists ${DATABASE} with (force)" 2>/dev/null
	rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for tool in curl psql pg_isready python3 java jcmd; do
	command -v "$tool" >/dev/null || { echo "Missing: $tool" >&2; exit 1; }
done
pg_isready -h 127.0.0.1 -p 5432 -q || { echo "PostgreSQL is not running on 127.0.0.1:5432" >&2; exit 1; }

if [[ "$SKIP_BUILD" != true ]]; then
	log "Building the portal"
	(cd "$REPO" && ./mvnw -q -DskipTests package)
fi
JAR=$(ls "$REPO"/target/cluster-portal-*.jar | head -n 1)

# The live heap in MB: young and old generation used right after a full collection, with one
# jcmd (each JVM jcmd starts takes a while on a busy machine).
heap_live() {
	printf 'GC.run\nGC.heap_info\n' >"$WORK/jcmd.txt"
	jcmd "$PORTAL_PID" -f "$WORK/jcmd.txt" | awk '/generation/ {
		for (i = 1; i < NF; i++) if ($i == "used") { sub(/K,?$/, "", $(i + 1)); sum += $(i + 1) } }
		END { printf "%.0f", sum / 1024 }'
}
any_running() {
	local pid
	for pid in "$@"; do
		kill -0 "$pid" 2>/dev/null && return 0
	done
	return 1
}
# While the given processes run, about once a second: the live heap; the largest is kept.
watch_heap() {
	local start=$SECONDS live max=0
	while any_running "$@"; do
		live=$(heap_live)
		(( live > max )) && max=$live
		printf '  t=%2ds  live heap %4s MB\n' "$((SECONDS - start))" "$live"
		sleep 1
	done
	echo "$max" >"$WORK/max-live"
}

log "Creating database ${DATABASE} and starting the portal on ${BASE} with -Xmx192m"
psql_admin "create database ${DATABASE}"
MALLOC_ARENA_MAX=2 java -XX:+UseSerialGC -Xms64m -Xmx192m -Xss512k -XX:MaxMetaspaceSize=192m \
	-XX:ReservedCodeCacheSize=64m -XX:+ExitOnOutOfMemoryError -jar "$JAR" \
	--server.address=127.0.0.1 --server.port="$PORT" \
	--spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/${DATABASE}" \
	--spring.datasource.username=postgres --portal.admin.password="$PASSWORD" \
	>"$WORK/portal.log" 2>&1 &
PORTAL_PID=$!
for _ in $(seq 180); do
	[[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE/actuator/health/readiness")" == 200 ]] && break
	kill -0 "$PORTAL_PID" 2>/dev/null || { echo "The portal did not start:" >&2; tail -n 40 "$WORK/portal.log" >&2; exit 1; }
	sleep 1
done
[[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE/actuator/health/readiness")" == 200 ]] \
	|| { echo "The portal was not ready within 3 minutes" >&2; exit 1; }

log "Making a valid 20 MB PDF (one page, 20 MB of incompressible stream data)"
python3 - "$WORK/big.pdf" <<'PY'
import os, sys
target = 20 * 1024 * 1024 - 4096
objects = [b"<< /Type /Catalog /Pages 2 0 R /Padding 4 0 R >>",
           b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
           b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"]
out = bytearray(b"%PDF-1.7\n")
offsets = []
for number, body in enumerate(objects, 1):
    offsets.append(len(out))
    out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
padding = os.urandom(target - len(out) - 400)
offsets.append(len(out))
out += b"4 0 obj\n<< /Length %d >>\nstream\n" % len(padding) + padding + b"\nendstream\nendobj\n"
xref = len(out)
out += b"xref\n0 5\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
out += b"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
open(sys.argv[1], "wb").write(out)
PY
ls -l "$WORK/big.pdf" | awk '{ printf "  %d bytes\n", $5 }'

log "Signing in as admin@localhost"
COOKIES="$WORK/cookies"
csrf_of() {
	sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1
}
csrf=$(curl -s --max-time 10 -c "$COOKIES" -b "$COOKIES" "$BASE/login" | csrf_of)
curl -s --max-time 10 -o /dev/null -c "$COOKIES" -b "$COOKIES" --data-urlencode "email=admin@localhost" \
	--data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" "$BASE/login"
csrf=$(curl -s --max-time 10 -c "$COOKIES" -b "$COOKIES" "$BASE/admin/documents/new" | csrf_of)
[[ -n "$csrf" ]] || { echo "Could not sign in" >&2; exit 1; }

upload() {
	curl -s --max-time 120 --limit-rate "$RATE" -o /dev/null -w "  upload \"$1\": %{http_code} in %{time_total} s\n" -b "$COOKIES" \
		-F "_csrf=$csrf" -F country=china -F kind=STUDY -F status=PUBLISHED -F action=save -F "title=$1" \
		-F "upload=@$WORK/big.pdf;type=application/pdf;filename=big.pdf" "$BASE/admin/documents"
}

log "Publishing it"
RATE=100M upload "Load test 20 MB"
ID=$(psql -h 127.0.0.1 -U postgres -d "$DATABASE" -Atq \
	-c "select id from portal.document where title = 'Load test 20 MB'")
[[ -n "$ID" ]] || { echo "The document was not saved" >&2; exit 1; }
URL="$BASE/documents/$ID/big.pdf"

log "Idle: live heap $(heap_live) MB"
log "${DOWNLOADS} parallel anonymous downloads of ${URL} at ${RATE}/s each"
args=()
for _ in $(seq "$DOWNLOADS"); do
	args+=(-o /dev/null "$URL")
done
curl -s --parallel --parallel-immediate --parallel-max "$DOWNLOADS" --max-time 120 --limit-rate "$RATE" \
	-w '  download: %{http_code}, %{size_download} bytes in %{time_total} s\n' "${args[@]}" \
	>"$WORK/downloads.txt" 2>/dev/null &
DOWNLOADS_PID=$!
watch_heap "$DOWNLOADS_PID"
wait "$DOWNLOADS_PID" || true
cat "$WORK/downloads.txt"
log "Downloads: largest live heap during $(cat "$WORK/max-live") MB; after: $(heap_live) MB"

log "${UPLOADS} parallel uploads of the same file"
pids=()
for n in $(seq "$UPLOADS"); do
	upload "Load upload $n" >"$WORK/upload-$n.txt" &
	pids+=($!)
done
watch_heap "${pids[@]}"
wait "${pids[@]}" || true
cat "$WORK"/upload-*.txt
log "Uploads: largest live heap during $(cat "$WORK/max-live") MB; after: $(heap_live) MB"

kill -0 "$PORTAL_PID" 2>/dev/null || { echo "The portal is gone (OutOfMemoryError?)" >&2; tail -n 40 "$WORK/portal.log" >&2; exit 1; }
echo "OutOfMemoryErrors in the log: $(grep -c "OutOfMemoryError" "$WORK/portal.log" || true)"
