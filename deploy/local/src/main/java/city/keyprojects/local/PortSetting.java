package city.keyprojects.local;

/** Every port the platform listens on, with its default and the option and environment variable that change it. */
enum PortSetting {
    GATEWAY("gateway", "gateway-port", 8080),
    /** The gateway's actuator (health, metrics): never on its public port. */
    GATEWAY_MANAGEMENT("gateway management", "gateway-management-port", 8090),
    PROJECT("project-service", "project-port", 8081),
    APPROVAL("approval-service", "approval-port", 8082),
    ISSUE("issue-service", "issue-port", 8083),
    REPORTING("reporting-service", "reporting-port", 8084),
    KAFKA("kafka", "kafka-port", 9092),
    KAFKA_CONTROLLER("kafka controller", "kafka-controller-port", 9093),
    MONGODB("mongodb", "mongodb-port", 27017);

    private final String part;
    private final String option;
    private final int defaultPort;

    PortSetting(String part, String option, int defaultPort) {
        this.part = part;
        this.option = option;
        this.defaultPort = defaultPort;
    }

    /** The part of the platform that listens on this port, as the user sees it. */
    String part() {
        return part;
    }

    /** The command-line option without its dashes, e.g. {@code project-port}. */
    String option() {
        return option;
    }

    /** The environment variable, e.g. {@code KP_PROJECT_PORT}. */
    String env() {
        return "KP_" + option.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }

    int defaultPort() {
        return defaultPort;
    }
}
