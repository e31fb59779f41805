#!/usr/bin/env bash
# Builds the file system the application images run on, without a registry or a Docker daemon: a Java runtime
# made by jlink from this machine's JDK (only the modules the applications use), the shared libraries it links
# (copied from this Debian system, with the dynamic loader), the CA certificates, a non-root user (65532) and /tmp.
# Jib puts it into every image as their first layer (`./mvnw -Pimages package`); the layer is byte-identical for
# the five applications, so a registry stores it once. x86-64 (amd64) only: the libraries are this machine's.
#
#   deploy/images/build-runtime.sh        → deploy/images/target/runtime/
set -euo pipefail
cd "$(dirname "$0")"
OUT=target/runtime
JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
# What Spring Boot, Kafka's client, the MongoDB driver, Netty and Apache POI need; jdk.charsets and jdk.localedata
# for Chinese text and formats; jdk.crypto.ec for TLS; jdk.management and jdk.jfr for diagnostics.
MODULES=java.base,java.compiler,java.desktop,java.instrument,java.management,java.naming,java.net.http,java.prefs,\
java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,jdk.charsets,\
jdk.crypto.ec,jdk.jfr,jdk.localedata,jdk.management,jdk.management.jfr,jdk.naming.dns,jdk.net,jdk.unsupported,\
jdk.zipfs

rm -rf "$OUT"
mkdir -p "$OUT/opt" "$OUT/tmp" "$OUT/etc/ssl/certs/java"
"$JAVA_HOME/bin/jlink" --add-modules "$MODULES" --strip-debug --no-man-pages --no-header-files --compress=2 \
  --include-locales=en,zh --output "$OUT/opt/java"

# The system libraries the runtime's binaries link, and the dynamic loader. The parts for X11, sound, fonts and
# images are left out: the JVM runs headless and the applications draw nothing.
find "$OUT/opt/java" \( -name '*.so' -o -path '*/bin/*' \) -type f \
    ! -name 'libawt_xawt.so' ! -name 'libsplashscreen.so' ! -name 'libjsound.so' ! -name 'libjawt.so' \
    ! -name 'libfontmanager.so' ! -name 'liblcms.so' ! -name 'libjavajpeg.so' \
  | xargs -n1 ldd 2>/dev/null \
  | awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^\/(usr\/)?lib/) print $i }' | sort -u \
  | while read -r lib; do
      mkdir -p "$OUT$(dirname "$lib")"
      cp -L "$lib" "$OUT$lib"
    done
# Debian's JDK points its trust store at the system's; the image carries a copy.
cacerts=$(readlink -f "$JAVA_HOME/lib/security/cacerts")
rm -f "$OUT/opt/java/lib/security/cacerts"
cp "$cacerts" "$OUT/opt/java/lib/security/cacerts"
rmdir "$OUT/etc/ssl/certs/java" "$OUT/etc/ssl/certs" "$OUT/etc/ssl" 2>/dev/null || true
printf 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/tmp:/sbin/nologin\n' > "$OUT/etc/passwd"
printf 'root:x:0:\nnonroot:x:65532:\n' > "$OUT/etc/group"
echo "Runtime in $(pwd)/$OUT: $(du -sh "$OUT" | cut -f1)"
