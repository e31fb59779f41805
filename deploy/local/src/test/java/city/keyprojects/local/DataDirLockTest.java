package city.keyprojects.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondLockOnTheSameDirectoryIsRefusedWithTheWayOut() throws Exception {
        Path data = dir.resolve("data");
        try (DataDirLock first = DataDirLock.acquire(data)) {
            assertThat(data.resolve(DataDirLock.FILE_NAME)).exists();

            assertThatThrownBy(() -> DataDirLock.acquire(data))
                    .isInstanceOf(DataDirLock.LockedException.class)
                    .hasMessageContaining("Another launcher (pid " + ProcessHandle.current().pid() + ")")
                    .hasMessageContaining("is already using the data directory " + data)
                    .hasMessageContaining("--data-dir=DIR or KP_DATA_DIR=DIR");
        }
        assertThat(data.resolve(DataDirLock.FILE_NAME)).as("deleted on close").doesNotExist();
        DataDirLock.acquire(data).close();
    }

    @Test
    void aSecondLauncherProcessStopsAtTheLock() throws Exception {
        Path root = dir.resolve("checkout");
        for (String app : List.of("project-service", "approval-service", "issue-service", "reporting-service",
                "gateway")) {
            Files.createDirectories(root.resolve(app).resolve("target"));
            Files.createFile(root.resolve(app).resolve("target").resolve(app + ".jar"));
        }
        Path data = dir.resolve("data");
        try (DataDirLock held = DataDirLock.acquire(data)) {
            Process launcher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), LocalPlatform.class.getName(),
                    "--project-root=" + root, "--data-dir=" + data)
                    .redirectErrorStream(true)
                    .start();
            assertThat(launcher.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String output = new String(launcher.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(launcher.exitValue()).as(output).isEqualTo(1);
            assertThat(output).contains("is already using the data directory " + data, "--data-dir=DIR");
            assertThat(data.resolve(DataDirLock.FILE_NAME)).as("the holder's lock file stays").exists();
        }
    }
}
