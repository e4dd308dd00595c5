#!/bin/sh
# Prints the median time and size of each page given, over N sequential requests after one
# warm-up request, against a running portal: BASE=http://localhost:8091 N=20 src/test/scale/p50.sh /clusters ...
base=${BASE:-http://localhost:8080}
n=${N:-20}
for path in "$@"; do
	curl -s -o /dev/null "$base$path"
	times=$(for i in $(seq "$n"); do curl -s -o /dev/null -w '%{time_total}\n' "$base$path"; done | sort -n)
	p50=$(echo "$times" | sed -n "$(((n + 1) / 2))p")
	size=$(curl -s "$base$path" | wc -c)
	printf '%-40s p50 %6.1f ms  %9d bytes\n' "$path" "$(echo "$p50 * 1000" | bc)" "$size"
done
