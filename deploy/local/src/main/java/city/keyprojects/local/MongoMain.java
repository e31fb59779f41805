package city.keyprojects.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import city.keyprojects.platform.embedded.EmbeddedMongoServer;

/** The MongoDB process: {@code --port N --file FILE}. Closes its store on SIGTERM (and SIGINT when run without the launcher). */
public final class MongoMain {

    private MongoMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> arguments = InfraProcess.arguments(args, List.of("--port", "--file"));
        InfraProcess.exitWithLauncher();
        EmbeddedMongoServer server;
        try {
            server = EmbeddedMongoServer.onDisk(Path.of(arguments.get("--file")),
                    Integer.parseInt(arguments.get("--port")));
        } catch (RuntimeException e) {
            InfraProcess.fail(e);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "mongodb-shutdown"));
        InfraProcess.readyThenServe("mongodb " + server.connectionString());
    }
}
