package city.keyprojects.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the launcher was asked to do. Each setting comes from the command line ({@code --name=value}) or the
 * environment; the command line wins.
 *
 * @param dataDir where data and logs are kept; {@code null} means a fresh temporary directory (only with
 *                {@code --measure})
 */
record Options(Path projectRoot, Path dataDir, Map<PortSetting, Integer> ports, boolean demoData, boolean measure,
        Duration readyTimeout, boolean help) {

    static final String DATA_DIR_ENV = "KP_DATA_DIR";
    static final String READY_TIMEOUT_ENV = "KP_READY_TIMEOUT";
    private static final int DEFAULT_READY_TIMEOUT_SECONDS = 180;

    /** A wrong option or value; the launcher prints it with the usage and exits with code 2. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    int port(PortSetting setting) {
        return ports.get(setting);
    }

    static Options parse(List<String> args, Map<String, String> env, Path workingDir) throws UsageException {
        Map<String, String> given = new HashMap<>();
        boolean demoData = true;
        boolean measure = false;
        boolean help = false;
        for (String arg : args) {
            switch (arg) {
                case "--no-demo-data" -> demoData = false;
                case "--measure" -> measure = true;
                case "--help", "-h" -> help = true;
                default -> {
                    int eq = arg.indexOf('=');
                    String name = eq < 0 ? arg : arg.substring(0, eq);
                    if (!name.startsWith("--") || !valueOptions().contains(name.substring(2))) {
                        throw new UsageException("Unknown option: " + arg);
                    }
                    if (eq < 0 || eq == arg.length() - 1) {
                        throw new UsageException("Option " + name + " needs a value: " + name + "=VALUE");
                    }
                    given.put(name.substring(2), arg.substring(eq + 1));
                }
            }
        }

        Map<PortSetting, Integer> ports = new EnumMap<>(PortSetting.class);
        for (PortSetting setting : PortSetting.values()) {
            Setting value = setting(given, env, setting.option(), setting.env());
            ports.put(setting, value == null ? setting.defaultPort() : port(value));
        }
        Setting dataDir = setting(given, env, "data-dir", DATA_DIR_ENV);
        Setting root = setting(given, env, "project-root", null);
        Setting timeout = setting(given, env, "ready-timeout", READY_TIMEOUT_ENV);
        Path defaultDataDir = measure ? null : workingDir.resolve("data");
        return new Options(
                root == null ? workingDir : workingDir.resolve(root.value()).normalize(),
                dataDir == null ? defaultDataDir : workingDir.resolve(dataDir.value()).normalize(),
                ports,
                demoData,
                measure,
                Duration.ofSeconds(timeout == null ? DEFAULT_READY_TIMEOUT_SECONDS : seconds(timeout)),
                help);
    }

    /** A value and where it came from, so that an error names what the user has to fix. */
    private record Setting(String value, String source) {
    }

    private static Setting setting(Map<String, String> given, Map<String, String> env, String option, String envName) {
        if (given.containsKey(option)) {
            return new Setting(given.get(option), "--" + option);
        }
        if (envName != null && env.get(envName) != null && !env.get(envName).isBlank()) {
            return new Setting(env.get(envName).trim(), envName);
        }
        return null;
    }

    private static int port(Setting setting) throws UsageException {
        try {
            int port = Integer.parseInt(setting.value());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(
                setting.source() + " must be a port number from 1 to 65535, not '" + setting.value() + "'");
    }

    private static int seconds(Setting setting) throws UsageException {
        try {
            int seconds = Integer.parseInt(setting.value());
            if (seconds > 0) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(
                setting.source() + " must be a number of seconds above 0, not '" + setting.value() + "'");
    }

    private static List<String> valueOptions() {
        List<String> names = new ArrayList<>(List.of("data-dir", "project-root", "ready-timeout"));
        for (PortSetting setting : PortSetting.values()) {
            names.add(setting.option());
        }
        return names;
    }

    static String usage() {
        StringBuilder text = new StringBuilder("""
                Usage: ./run-local.sh [options]
                   or: java -jar deploy/local/target/local-platform.jar [options]

                Starts the key-project platform on this machine: Kafka, MongoDB and the five applications,
                each in its own process. Ctrl-C stops them all.

                Options (most can also be set in the environment; the command line wins):
                  --data-dir=DIR                 KP_DATA_DIR                data and logs, kept across restarts (default ./data)
                """);
        for (PortSetting setting : PortSetting.values()) {
            text.append(String.format("  %-30s %-26s %s port (default %d)%n",
                    "--" + setting.option() + "=PORT", setting.env(), setting.part(), setting.defaultPort()));
        }
        text.append(String.format("""
                  --ready-timeout=SECONDS        KP_READY_TIMEOUT           how long the parts may take to get ready (default %d)
                  --project-root=DIR                                        the checkout holding the built jars (default: here)
                  --no-demo-data                                            do not load the demo projects on the first start
                  --measure                                                 start, report time to ready and memory, stop again
                                                                            (on a fresh temporary data dir unless --data-dir is given)
                  --help                                                    this text
                """, DEFAULT_READY_TIMEOUT_SECONDS));
        return text.toString();
    }
}
