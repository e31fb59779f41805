package city.keyprojects.platform.runtime;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When started by the local launcher (which passes its pid in {@code KP_PARENT_PID}), exits this process if the
 * launcher disappears, even by {@code kill -9}: no orphan keeps a port or a data file after the launcher is gone.
 */
public final class ParentProcessWatchdog {

    public static final String PARENT_PID = "KP_PARENT_PID";
    private static final Logger log = LoggerFactory.getLogger(ParentProcessWatchdog.class);

    private ParentProcessWatchdog() {
    }

    /** Starts watching if the environment names a parent; does nothing otherwise. */
    public static void startIfRequested() {
        String pid = System.getenv(PARENT_PID);
        if (pid == null || pid.isBlank()) {
            return;
        }
        Optional<ProcessHandle> parent = ProcessHandle.of(Long.parseLong(pid.trim()));
        if (parent.isEmpty()) {
            log.error("Launcher process {} is gone; exiting", pid);
            System.exit(3);
        }
        parent.get().onExit().thenRun(() -> {
            log.error("Launcher process {} ended; exiting", pid);
            System.exit(3);
        });
    }
}
