#!/usr/bin/env bash
# Runs an application image built by `./mvnw -Pimages package` without a Docker engine, to see that it works: its
# layers are unpacked into a directory that becomes the process's root (chroot, with /proc and /dev bound as a
# container runtime would), and the image's entrypoint runs there with its environment and user (65532). Needs
# root. The host's network is shared, so the application reaches a platform's Kafka and MongoDB on localhost.
#
#   sudo deploy/images/run-image.sh project-service/target/image.tar SERVER_PORT=18081 KAFKA_BOOTSTRAP_SERVERS=...
#   sudo deploy/images/run-image.sh project-service/target/image.tar -- java -version    (another command)
set -euo pipefail
image=$(readlink -f "$1"); shift
root=$(mktemp -d /tmp/image-root.XXXXXX)
chmod 755 "$root"
cleanup() {
  umount "$root/proc" "$root/dev" 2>/dev/null || true
  rm -rf "$root"
}
trap cleanup EXIT
unpacked=$(mktemp -d /tmp/image-tar.XXXXXX)
tar -xf "$image" -C "$unpacked"
# The layers in order, as the manifest lists them.
for layer in $(python3 -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1]))[0]["Layers"]))' "$unpacked/manifest.json"); do
  tar -xzf "$unpacked/$layer" -C "$root" 2>/dev/null
done
config=$(python3 -c 'import json,sys; m=json.load(open(sys.argv[1])); print(sys.argv[1].rsplit("/",1)[0] + "/" + m[0]["Config"])' "$unpacked/manifest.json")
mapfile -t environment < <(python3 -c 'import json,sys; print("\n".join(json.load(open(sys.argv[1]))["config"].get("Env", [])))' "$config")
mapfile -t entrypoint < <(python3 -c 'import json,sys; print("\n".join(json.load(open(sys.argv[1]))["config"]["Entrypoint"]))' "$config")
user=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["config"].get("User", "0:0"))' "$config")
rm -rf "$unpacked"
command=("${entrypoint[@]}")
while [ $# -gt 0 ]; do
  if [ "$1" = "--" ]; then shift; command=("$@"); break; fi
  environment+=("$1"); shift
done
mkdir -p "$root/proc" "$root/dev"
mount --bind /proc "$root/proc"
mount --bind /dev "$root/dev"
echo "Running ${command[*]} as $user in $root" >&2
env -i "${environment[@]}" "$(command -v chroot)" --userspec="$user" "$root" "${command[@]}"
