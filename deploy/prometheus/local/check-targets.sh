#!/usr/bin/env bash
# Checks that Prometheus, started against the running local platform (./run-local.sh), scrapes every
# application: starts Debian's Prometheus (/usr/bin/prometheus, or $PROMETHEUS) with prometheus.yml next to this
# script, the rules included, on a spare port and a temporary data directory; waits until every target has been
# scraped; prints each target's health and whether the rules evaluate; stops Prometheus; exits 1 if a target is
# not up or a rule fails to evaluate (2 if Prometheus did not start).
#
#   deploy/prometheus/local/check-targets.sh [port]     (default: the first free port from 19090)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
prometheus=${PROMETHEUS:-/usr/bin/prometheus}
command -v python3 >/dev/null || { echo "python3 is needed to read Prometheus's answers" >&2; exit 2; }
[[ -x $prometheus ]] || { echo "$prometheus not found (Debian: apt-get install prometheus)" >&2; exit 2; }

free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=${1:-19090}
if [[ $# -eq 0 ]]; then
    while ! free "$port"; do port=$((port + 1)); done
fi
free "$port" || { echo "port $port is in use" >&2; exit 2; }

data=$(mktemp -d)
log="$data/prometheus.log"
"$prometheus" --config.file="$here/prometheus.yml" --storage.tsdb.path="$data/tsdb" \
    --web.listen-address="127.0.0.1:$port" >"$log" 2>&1 &
pid=$!
stop() {
    kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
    rm -rf "$data"
}
trap stop EXIT

api="http://127.0.0.1:$port"
echo "Prometheus $("$prometheus" --version 2>&1 | head -1 | cut -d' ' -f3) on $api, data in $data"

# Ready within 30 s, else its log says why.
for _ in $(seq 30); do
    curl -sf "$api/-/ready" >/dev/null && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
done
curl -sf "$api/-/ready" >/dev/null || { echo "Prometheus did not start:" >&2; cat "$log" >&2; exit 2; }

# The targets' health, one line each; "pending" while a target has not been scraped yet.
targets() {
    curl -sf "$api/api/v1/targets?state=active" | python3 -c '
import json, sys
targets = json.load(sys.stdin)["data"]["activeTargets"]
for target in sorted(targets, key=lambda target: target["labels"]["job"]):
    health = "pending" if target["health"] == "unknown" else target["health"]
    print("%-18s %-45s %-8s %s" % (target["labels"]["job"], target["scrapeUrl"], health, target["lastError"]))
'
}

# Every target scraped once within 60 s (the local configuration scrapes every 5 s).
for _ in $(seq 60); do
    report=$(targets)
    [[ -n $report ]] && ! grep -q ' pending ' <<<"$report" && break
    sleep 1
done

# Every rule evaluated once within 30 s: a rule that errs on the real series (not on promtool's) shows here.
rules() {
    curl -sf "$api/api/v1/rules" | python3 -c '
import json, sys
rules = [rule for group in json.load(sys.stdin)["data"]["groups"] for rule in group["rules"]]
pending = sum(1 for rule in rules if rule["health"] == "unknown")
errors = [rule for rule in rules if rule["health"] == "err"]
print("%d rules, %d evaluated, %d in error" % (len(rules), len(rules) - pending, len(errors)))
for rule in errors:
    print("rule %s: %s" % (rule["name"], rule.get("lastError", "")))
'
}
for _ in $(seq 30); do
    evaluated=$(rules)
    grep -q '^\([0-9]*\) rules, \1 evaluated' <<<"$evaluated" && break
    sleep 1
done

echo "$report"
echo "$evaluated"
[[ -n $report ]] || { echo "no target" >&2; exit 1; }
status=0
if grep -qv -E '^\S+ +\S+ +up ' <<<"$report"; then
    echo "NOT every target is up" >&2
    status=1
fi
if ! grep -q ', 0 in error$' <<<"$evaluated"; then
    echo "a rule fails to evaluate" >&2
    status=1
fi
[[ $status -eq 0 ]] && echo "every target is up, every rule evaluates"
exit $status
