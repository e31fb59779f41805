package city.keyprojects.local;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/** What the Kafka and MongoDB processes share: their arguments, their tie to the launcher, their ready line. */
final class InfraProcess {

    /** Set by the launcher to its own pid; the applications read the same variable. */
    static final String PARENT_PID = "KP_PARENT_PID";

    private InfraProcess() {
    }

    /** Reads {@code --name value} pairs; every name in {@code required} must be there, and nothing else. */
    static Map<String, String> arguments(String[] args, List<String> required) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!required.contains(args[i]) || i + 1 == args.length) {
                throw new IllegalArgumentException("Usage: " + String.join(" VALUE ", required) + " VALUE");
            }
            values.put(args[i], args[++i]);
        }
        if (!values.keySet().containsAll(required)) {
            throw new IllegalArgumentException("Usage: " + String.join(" VALUE ", required) + " VALUE");
        }
        return values;
    }

    /**
     * Exits when the launcher is gone, even after a {@code kill -9}: no orphan keeps a port or a data file. Under a
     * launcher, SIGINT is ignored: Ctrl-C in its terminal reaches every process of the group at once, and Kafka
     * stopping then, before the applications, left their consumers unable to leave their groups — the next start
     * waited about 45 s for those members to expire before any event was taken in. The launcher's SIGTERM, sent
     * once the applications have stopped, ends the process.
     */
    static void exitWithLauncher() {
        String pid = System.getenv(PARENT_PID);
        if (pid == null || pid.isBlank()) {
            return;
        }
        Signal.handle(new Signal("INT"), SignalHandler.SIG_IGN);
        ProcessHandle.of(Long.parseLong(pid.trim())).ifPresentOrElse(
                launcher -> launcher.onExit().thenRun(() -> {
                    System.err.println("Launcher process " + pid + " ended; exiting");
                    System.exit(3);
                }),
                () -> System.exit(3));
    }

    /** Announces readiness to the launcher, which watches the output for this line, then serves until stopped. */
    static void readyThenServe(String what) throws InterruptedException {
        System.out.println(Child.READY_LINE + " " + what);
        System.out.flush();
        new CountDownLatch(1).await();
    }

    /** A broken start must end the process: the servers' own threads would keep it alive. */
    static void fail(Throwable e) {
        e.printStackTrace();
        System.exit(1);
    }
}
