#!/usr/bin/env bash
# Builds the platform and starts it on this machine: Kafka, MongoDB and the five applications.
#   ./run-local.sh             build, start, load the demo projects on the first start; Ctrl-C stops
#   ./run-local.sh --help      the options (ports, data directory, ...)
#   ./run-local.sh --measure   start on a fresh data directory, report time to ready and memory, stop
set -euo pipefail
cd "$(dirname "$0")"
echo "Building… (the first build downloads dependencies)"
./mvnw -B -q -DskipTests package
# A small heap: the launcher only starts, watches and stops the other processes.
exec java -XX:+UseSerialGC -Xmx64m -jar deploy/local/target/local-platform.jar "$@"
