package city.keyprojects.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppCdsTest {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path dir;

    @Test
    void aJarThatCannotBeExtractedStartsAsItIs() throws Exception {
        Path jar = Files.writeString(dir.resolve("gateway.jar"), "not a jar");

        AppCds.Launch launch = new AppCds(dir.resolve("cache"), JAVA).prepare(Map.of("gateway", jar), dir.resolve("logs"))
                .get("gateway");

        assertThat(launch.args()).containsExactly("-jar", jar.toString());
        assertThat(launch.pendingArchive()).isNull();
        assertThat(dir.resolve("logs/gateway.log")).as("the extraction's output, for whoever wonders").exists();
    }

    @Test
    void theFirstRunWritesAnArchiveThatLaterRunsUse() throws Exception {
        Path jar = Files.writeString(dir.resolve("gateway.jar"), "a Spring Boot jar");
        Path extracted = dir.resolve("cache/gateway").resolve(AppCds.key(jar));
        Files.createDirectories(extracted);
        Path abandoned = Files.writeString(extracted.resolve("gateway.jsa.part-" + finishedPid()), "half");
        AppCds cds = new AppCds(dir.resolve("cache"), JAVA);

        AppCds.Launch first = cds.prepare(Map.of("gateway", jar), dir.resolve("logs")).get("gateway");

        assertThat(first.pendingArchive()).isEqualTo(
                extracted.resolve("gateway.jsa.part-" + ProcessHandle.current().pid()));
        assertThat(first.args()).containsExactly("-XX:ArchiveClassesAtExit=" + first.pendingArchive(),
                "-Xlog:cds=off", "-jar", extracted.resolve("gateway.jar").toString());
        assertThat(abandoned).as("left by a launcher that is gone").doesNotExist();

        Files.writeString(first.pendingArchive(), "archive");
        first.keepArchive();
        AppCds.Launch next = cds.prepare(Map.of("gateway", jar), dir.resolve("logs")).get("gateway");

        assertThat(next.args()).containsExactly("-XX:SharedArchiveFile=" + extracted.resolve("gateway.jsa"),
                "-jar", extracted.resolve("gateway.jar").toString());
        assertThat(next.pendingArchive()).isNull();
    }

    @Test
    void aRebuiltJarGetsItsOwnDirectoryEvenWithTheSameSizeAndTime() throws Exception {
        Path jar = Files.writeString(dir.resolve("gateway.jar"), "version 1");
        FileTime reproducible = Files.getLastModifiedTime(jar);
        String before = AppCds.key(jar);
        Files.writeString(jar, "version 2");
        Files.setLastModifiedTime(jar, reproducible);

        assertThat(AppCds.key(jar)).isNotEqualTo(before).contains(System.getProperty("java.vm.version"));
    }

    private static long finishedPid() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }
}
