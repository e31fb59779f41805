package city.keyprojects.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import city.keyprojects.platform.embedded.EmbeddedKafkaBroker;

/** The Kafka process: {@code --port N --controller-port N --dir DIR}. Stops cleanly on SIGTERM (and SIGINT when run without the launcher). */
public final class KafkaMain {

    private KafkaMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> arguments = InfraProcess.arguments(args, List.of("--port", "--controller-port", "--dir"));
        InfraProcess.exitWithLauncher();
        EmbeddedKafkaBroker broker;
        try {
            broker = EmbeddedKafkaBroker.start(Integer.parseInt(arguments.get("--port")),
                    Integer.parseInt(arguments.get("--controller-port")), Path.of(arguments.get("--dir")));
        } catch (RuntimeException e) {
            InfraProcess.fail(e);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-shutdown"));
        InfraProcess.readyThenServe("kafka " + broker.bootstrapServers());
    }
}
