package city.keyprojects.project.registry.domain;

import java.util.Objects;

/** One phase of a project built in several (一期, 二期 …), with what it comprises. */
public record Phase(String name, String summary) {

    public Phase {
        Objects.requireNonNull(name, "name");
    }
}
