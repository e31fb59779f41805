package city.keyprojects.platform.events;

import java.util.Objects;

/** Who caused a change: a user and the role they acted in, or the system itself. */
public record Actor(String id, String role) {

    public static final Actor SYSTEM = new Actor("system", "SYSTEM");

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
    }
}
