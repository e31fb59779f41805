package city.keyprojects.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout's files the deployment checks read: deploy/ and the applications' configuration. */
public final class ProjectFiles {

    /** The checkout's root (the build passes it; the default fits a run from deploy/checks). */
    public static final Path ROOT = Path.of(System.getProperty("kp.projectRoot", "../..")).toAbsolutePath().normalize();

    private ProjectFiles() {
    }

    /** A path under the checkout's root, which must exist. */
    public static Path file(String relative) {
        Path path = ROOT.resolve(relative);
        if (!Files.exists(path)) {
            throw new IllegalStateException("Not found in the checkout: " + path);
        }
        return path;
    }
}
