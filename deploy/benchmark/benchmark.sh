#!/usr/bin/env bash
# The benchmark of docs/performance.md: builds, starts the local platform by itself (free ports, a temporary data
# directory), measures every figure against its baseline in the same run and prints the ratios. About 20 minutes.
#   deploy/benchmark/benchmark.sh                          the documented run (10 000 and 100 000 projects)
#   deploy/benchmark/benchmark.sh --projects=300,1000 --seconds=10    a quicker look
# Run it on a quiet machine: anything else using the CPU shows up in the figures.
set -euo pipefail
cd "$(dirname "$0")/../.."
echo "Building… (the first build downloads dependencies)"
./mvnw -B -q -DskipTests package
exec java -Xmx1g -jar deploy/benchmark/target/benchmark.jar --project-root="$PWD" "$@"
