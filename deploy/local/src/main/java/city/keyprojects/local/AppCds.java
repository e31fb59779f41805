package city.keyprojects.local;

import java.io.IOException;
import java.io.InputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * Class-data sharing for the applications, their largest start-up saving on two cores: five applications started
 * together took about 39 s from their Spring Boot jars and 20 to 22 s extracted with an archive (measured twice in a
 * row; the first run, which records the archive, took 45 s). Each jar is extracted once (the JVM shares only classes
 * from plain jars); its first run writes an archive of the classes it loaded when it stops cleanly, and later runs
 * map that archive. The cache follows the jar and the JVM: a rebuilt jar or another Java is extracted and archived
 * again.
 */
final class AppCds {

    /** The JVM arguments that start one application, and where its archive is written on its first run. */
    record Launch(List<String> args, Path pendingArchive, Path archive) {

        /** After a clean stop: the archive written at exit becomes the one later starts use. */
        void keepArchive() throws IOException {
            if (pendingArchive != null && Files.isRegularFile(pendingArchive)) {
                Files.move(pendingArchive, archive, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static final String PENDING = ".jsa.part-";

    private final Path cacheRoot;
    private final String java;

    AppCds(Path cacheRoot, String java) {
        this.cacheRoot = cacheRoot;
        this.java = java;
    }

    /**
     * How to start each application ({@code name -> jar}). Extractions run in parallel; one that fails (a jar that is
     * not a Spring Boot jar) leaves that application starting from its jar, as without this cache.
     */
    Map<String, Launch> prepare(Map<String, Path> jars, Path logs) throws IOException, InterruptedException {
        Map<String, Path> dirs = new LinkedHashMap<>();
        Map<String, Process> extractions = new LinkedHashMap<>();
        for (Map.Entry<String, Path> app : jars.entrySet()) {
            Path dir = cacheRoot.resolve(app.getKey()).resolve(key(app.getValue()));
            dirs.put(app.getKey(), dir);
            if (!Files.isDirectory(dir)) {
                extractions.put(app.getKey(), extract(app.getKey(), app.getValue(), dir, logs));
            }
        }
        Map<String, Launch> launches = new LinkedHashMap<>();
        for (Map.Entry<String, Path> app : jars.entrySet()) {
            String name = app.getKey();
            Path dir = dirs.get(name);
            Process extraction = extractions.get(name);
            if (extraction != null && !finish(extraction, dir)) {
                launches.put(name, new Launch(List.of("-jar", app.getValue().toString()), null, null));
                continue;
            }
            launches.put(name, launch(name, dir));
        }
        return launches;
    }

    /**
     * Content and JVM: a changed jar or Java gets a new directory. The build always re-creates the jars, but
     * reproducibly, so an unchanged application keeps its key (and its archive) across builds.
     */
    static String key(Path jar) throws IOException {
        CRC32C crc = new CRC32C();
        try (InputStream in = Files.newInputStream(jar)) {
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                crc.update(buffer, 0, read);
            }
        }
        return String.format("%x-%08x-%s", Files.size(jar), crc.getValue(),
                System.getProperty("java.vm.version").replaceAll("[^A-Za-z0-9.+_-]", "_"));
    }

    /** Extracts into a temporary sibling, renamed when complete, so that no launcher sees a half extraction. */
    private Process extract(String name, Path jar, Path dir, Path logs) throws IOException {
        Files.createDirectories(dir.getParent());
        Files.createDirectories(logs);
        // A one-second tool run, not an application: C1 alone saves a third of its CPU while Kafka starts.
        return new ProcessBuilder(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djarmode=tools",
                "-jar", jar.toString(), "extract", "--destination", temporary(dir).toString())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(logs.resolve(name + ".log").toFile()))
                .start();
    }

    private boolean finish(Process extraction, Path dir) throws IOException, InterruptedException {
        Path temporary = temporary(dir);
        if (extraction.waitFor() != 0 || !Files.isDirectory(temporary)) {
            Directories.deleteRecursively(temporary);
            return false;
        }
        // A jar that changed leaves its older extraction behind; nothing uses it any more.
        String key = dir.getFileName().toString();
        try (Stream<Path> siblings = Files.list(dir.getParent())) {
            for (Path sibling : siblings.filter(path -> !path.getFileName().toString().startsWith(key)).toList()) {
                Directories.deleteRecursively(sibling);
            }
        }
        try {
            Files.move(temporary, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.isDirectory(dir)) {
                throw e;
            }
            // Another launcher finished the same extraction first.
            Directories.deleteRecursively(temporary);
        }
        return true;
    }

    private static Path temporary(Path dir) {
        return dir.resolveSibling(dir.getFileName() + ".extracting-" + ProcessHandle.current().pid());
    }

    private Launch launch(String name, Path dir) throws IOException {
        Path jar = dir.resolve(name + ".jar");
        Path archive = dir.resolve(name + ".jsa");
        if (Files.isRegularFile(archive)) {
            return new Launch(List.of("-XX:SharedArchiveFile=" + archive, "-jar", jar.toString()), null, archive);
        }
        removeAbandonedArchives(dir);
        Path pending = dir.resolve(name + PENDING + ProcessHandle.current().pid());
        // The JVM warns about every class it cannot archive (generated accessors and the like): harmless, and many.
        return new Launch(List.of("-XX:ArchiveClassesAtExit=" + pending, "-Xlog:cds=off", "-jar", jar.toString()),
                pending, archive);
    }

    /** Archives that a launcher which is gone was writing: never completed, so never usable. */
    private static void removeAbandonedArchives(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String fileName = file.getFileName().toString();
                int at = fileName.indexOf(PENDING);
                if (at >= 0 && ProcessHandle.of(Long.parseLong(fileName.substring(at + PENDING.length())))
                        .filter(ProcessHandle::isAlive).isEmpty()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
