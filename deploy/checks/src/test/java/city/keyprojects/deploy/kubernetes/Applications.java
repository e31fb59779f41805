package city.keyprojects.deploy.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.Yaml;

import city.keyprojects.deploy.ProjectFiles;

/** What the deployment files must agree with, read from the applications' own configuration and code. */
public final class Applications {

    public static final List<String> SERVICES =
            List.of("project-service", "approval-service", "issue-service", "reporting-service");
    public static final String GATEWAY = "gateway";
    public static final List<String> ALL = List.of("project-service", "approval-service", "issue-service",
            "reporting-service", GATEWAY);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");
    private static final Pattern LAUNCHER_ENV = Pattern.compile("env\\.put\\(\"([A-Z][A-Z0-9_]*)\"");
    private static final Pattern DEFAULT_PORT = Pattern.compile("\\$\\{[A-Z_]+:(\\d+)}");
    private static final String PLATFORM_DEFAULTS =
            "platform/core/src/main/java/city/keyprojects/platform/runtime/PlatformDefaults.java";
    private static final String LOCAL_PLATFORM = "deploy/local/src/main/java/city/keyprojects/local/LocalPlatform.java";
    private static final String PLATFORM_PROPERTIES =
            "platform/core/src/main/java/city/keyprojects/platform/PlatformProperties.java";
    private static final String IDENTITY_PROPERTIES =
            "gateway/src/main/java/city/keyprojects/gateway/identity/IdentityProperties.java";

    /**
     * Variables that no placeholder names but Spring Boot binds to a property (relaxed binding), each with the
     * file and the texts that show the property exists: the table fails when the property goes away.
     */
    private record BoundVariable(String name, String file, List<String> evidence) {
    }

    private static final List<BoundVariable> BOUND = List.of(
            new BoundVariable("PLATFORM_SECURITY_AUDIENCE", PLATFORM_PROPERTIES,
                    List.of("@ConfigurationProperties(\"platform\")", "record Security(", "String audience")),
            new BoundVariable("PLATFORM_SECURITY_ROLES_CLAIM", PLATFORM_PROPERTIES,
                    List.of("@ConfigurationProperties(\"platform\")", "record Security(", "String rolesClaim")),
            new BoundVariable("PLATFORM_TOPICS_PARTITIONS", PLATFORM_PROPERTIES,
                    List.of("@ConfigurationProperties(\"platform\")", "record Topics(", "int partitions")),
            new BoundVariable("PLATFORM_TOPICS_REPLICAS", PLATFORM_PROPERTIES,
                    List.of("@ConfigurationProperties(\"platform\")", "record Topics(", "short replicas")),
            new BoundVariable("GATEWAY_IDENTITY_ENABLED", IDENTITY_PROPERTIES,
                    List.of("@ConfigurationProperties(\"gateway.identity\")", "boolean enabled")),
            // Spring Boot's own spring.config.additional-location: where a deployment's gateway reads its accounts.
            new BoundVariable("SPRING_CONFIG_ADDITIONAL_LOCATION", "docs/operations.md",
                    List.of("SPRING_CONFIG_ADDITIONAL_LOCATION=optional:file:")),
            // Spring Boot's own logging.structured.format.console, which the platform documents.
            new BoundVariable("LOGGING_STRUCTURED_FORMAT_CONSOLE", "docs/architecture.md",
                    List.of("LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs")));

    private Applications() {
    }

    /** An application's src/main/resources/application.yml as a tree. */
    public static Map<String, Object> configuration(String app) {
        return new Yaml().load(read(app + "/src/main/resources/application.yml"));
    }

    /** The port the application listens on when nothing overrides it (server.port's default). */
    public static int port(String app) {
        return defaultOf(path(configuration(app), "server", "port"));
    }

    /** Where the application's actuator answers: management.server.port if set, else its own port. */
    public static int managementPort(String app) {
        Object management = path(configuration(app), "management", "server", "port");
        return management == null ? port(app) : defaultOf(management);
    }

    /** The topics the application's consumer group reads (platform.topics.subscribes). */
    @SuppressWarnings("unchecked")
    public static List<String> subscribes(String app) {
        Object topics = path(configuration(app), "platform", "topics", "subscribes");
        return topics == null ? List.of() : (List<String>) topics;
    }

    /** The topics some application publishes or reads. */
    @SuppressWarnings("unchecked")
    public static Set<String> eventTopics() {
        Set<String> topics = new TreeSet<>();
        for (String app : ALL) {
            Object published = path(configuration(app), "platform", "topics", "publishes");
            if (published != null) {
                topics.addAll((List<String>) published);
            }
            topics.addAll(subscribes(app));
        }
        return topics;
    }

    /**
     * The environment variables the applications read: every ${NAME placeholder of the application.yml
     * files and PlatformDefaults, those the local launcher sets, and the relaxed-binding ones of {@link #BOUND}.
     */
    public static Set<String> environmentNames() {
        Set<String> names = new LinkedHashSet<>();
        List<String> sources = new ArrayList<>();
        ALL.forEach(app -> sources.add(app + "/src/main/resources/application.yml"));
        sources.add(PLATFORM_DEFAULTS);
        sources.add(LOCAL_PLATFORM);
        for (String source : sources) {
            collect(PLACEHOLDER, read(source), names);
        }
        collect(LAUNCHER_ENV, read(LOCAL_PLATFORM), names);
        for (BoundVariable bound : BOUND) {
            String text = read(bound.file());
            for (String evidence : bound.evidence()) {
                if (!text.contains(evidence)) {
                    throw new IllegalStateException(bound.name() + ": " + bound.file() + " no longer has " + evidence);
                }
            }
            names.add(bound.name());
        }
        return names;
    }

    private static void collect(Pattern pattern, String text, Set<String> names) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
    }

    private static int defaultOf(Object value) {
        if (value instanceof Integer number) {
            return number;
        }
        Matcher matcher = DEFAULT_PORT.matcher(String.valueOf(value));
        if (!matcher.matches()) {
            throw new IllegalStateException("Not a port with a default: " + value);
        }
        return Integer.parseInt(matcher.group(1));
    }

    @SuppressWarnings("unchecked")
    private static Object path(Map<String, Object> tree, String... keys) {
        Object node = tree;
        for (String key : keys) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = ((Map<String, Object>) map).get(key);
        }
        return node;
    }

    static String read(String relative) {
        Path file = ProjectFiles.file(relative);
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
