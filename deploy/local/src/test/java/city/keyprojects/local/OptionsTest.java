package city.keyprojects.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OptionsTest {

    private static final Path HERE = Path.of("/work/checkout");

    private static Options parse(List<String> args, Map<String, String> env) throws Options.UsageException {
        return Options.parse(args, env, HERE);
    }

    @Test
    void defaults() throws Exception {
        Options options = parse(List.of(), Map.of());

        assertThat(options.projectRoot()).isEqualTo(HERE);
        assertThat(options.dataDir()).isEqualTo(HERE.resolve("data"));
        assertThat(options.port(PortSetting.GATEWAY)).isEqualTo(8080);
        assertThat(options.port(PortSetting.GATEWAY_MANAGEMENT)).isEqualTo(8090);
        assertThat(options.port(PortSetting.PROJECT)).isEqualTo(8081);
        assertThat(options.port(PortSetting.APPROVAL)).isEqualTo(8082);
        assertThat(options.port(PortSetting.ISSUE)).isEqualTo(8083);
        assertThat(options.port(PortSetting.REPORTING)).isEqualTo(8084);
        assertThat(options.port(PortSetting.KAFKA)).isEqualTo(9092);
        assertThat(options.port(PortSetting.KAFKA_CONTROLLER)).isEqualTo(9093);
        assertThat(options.port(PortSetting.MONGODB)).isEqualTo(27017);
        assertThat(options.demoData()).isTrue();
        assertThat(options.measure()).isFalse();
        assertThat(options.readyTimeout()).isEqualTo(Duration.ofSeconds(180));
    }

    @Test
    void theEnvironmentSetsWhatTheCommandLineDoesNot() throws Exception {
        Options options = parse(List.of("--project-port=9181", "--data-dir=/var/kp"),
                Map.of("KP_PROJECT_PORT", "9081", "KP_GATEWAY_PORT", "9080", "KP_DATA_DIR", "other",
                        "KP_KAFKA_CONTROLLER_PORT", "9193", "KP_READY_TIMEOUT", "30",
                        "KP_GATEWAY_MANAGEMENT_PORT", "9090"));

        assertThat(options.port(PortSetting.PROJECT)).as("the command line wins").isEqualTo(9181);
        assertThat(options.port(PortSetting.GATEWAY)).isEqualTo(9080);
        assertThat(options.port(PortSetting.GATEWAY_MANAGEMENT)).isEqualTo(9090);
        assertThat(options.port(PortSetting.KAFKA_CONTROLLER)).isEqualTo(9193);
        assertThat(options.dataDir()).isEqualTo(Path.of("/var/kp"));
        assertThat(options.readyTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void relativeDirectoriesAreTakenFromTheWorkingDirectory() throws Exception {
        Options options = parse(List.of("--project-root=../other", "--data-dir=run/data"), Map.of());

        assertThat(options.projectRoot()).isEqualTo(Path.of("/work/other"));
        assertThat(options.dataDir()).isEqualTo(HERE.resolve("run/data"));
    }

    @Test
    void flags() throws Exception {
        Options options = parse(List.of("--no-demo-data", "--measure"), Map.of());

        assertThat(options.demoData()).isFalse();
        assertThat(options.measure()).isTrue();
        assertThat(options.dataDir()).as("a fresh temporary directory").isNull();
        assertThat(parse(List.of("--help"), Map.of()).help()).isTrue();
    }

    @Test
    void measureKeepsADataDirectoryThatWasGiven() throws Exception {
        assertThat(parse(List.of("--measure", "--data-dir=/tmp/m"), Map.of()).dataDir()).isEqualTo(Path.of("/tmp/m"));
        assertThat(parse(List.of("--measure"), Map.of("KP_DATA_DIR", "/tmp/e")).dataDir()).isEqualTo(Path.of("/tmp/e"));
    }

    @Test
    void unknownOptionsAreRefused() {
        assertThatThrownBy(() -> parse(List.of("--gateway=8080"), Map.of()))
                .isInstanceOf(Options.UsageException.class)
                .hasMessage("Unknown option: --gateway=8080");
        assertThatThrownBy(() -> parse(List.of("data"), Map.of()))
                .isInstanceOf(Options.UsageException.class)
                .hasMessage("Unknown option: data");
    }

    @Test
    void badValuesNameWhereTheyCameFrom() {
        assertThatThrownBy(() -> parse(List.of("--kafka-port=abc"), Map.of()))
                .hasMessage("--kafka-port must be a port number from 1 to 65535, not 'abc'");
        assertThatThrownBy(() -> parse(List.of(), Map.of("KP_MONGODB_PORT", "70000")))
                .hasMessage("KP_MONGODB_PORT must be a port number from 1 to 65535, not '70000'");
        assertThatThrownBy(() -> parse(List.of("--data-dir"), Map.of()))
                .hasMessage("Option --data-dir needs a value: --data-dir=VALUE");
        assertThatThrownBy(() -> parse(List.of("--ready-timeout=0"), Map.of()))
                .hasMessage("--ready-timeout must be a number of seconds above 0, not '0'");
    }

    @Test
    void usageListsEveryPortOptionAndItsVariable() {
        String usage = Options.usage();

        for (PortSetting setting : PortSetting.values()) {
            assertThat(usage).contains("--" + setting.option() + "=PORT").contains(setting.env());
        }
        assertThat(usage).contains("--data-dir=DIR", "KP_DATA_DIR", "--no-demo-data", "--measure");
        assertThat(usage).contains(
                "  --gateway-management-port=PORT KP_GATEWAY_MANAGEMENT_PORT gateway management port (default 8090)");
    }

    @Test
    void theGatewayManagementPortIsAnOptionLikeTheOthers() throws Exception {
        assertThat(parse(List.of("--gateway-management-port=9190"), Map.of()).port(PortSetting.GATEWAY_MANAGEMENT))
                .isEqualTo(9190);
        assertThatThrownBy(() -> parse(List.of("--gateway-management-port=0"), Map.of()))
                .hasMessage("--gateway-management-port must be a port number from 1 to 65535, not '0'");
    }
}
