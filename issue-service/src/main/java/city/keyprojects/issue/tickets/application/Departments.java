package city.keyprojects.issue.tickets.application;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;

import city.keyprojects.platform.problem.InvalidInputException;

/**
 * The departments tickets can be handed to, by code, with their names ({@code issue.departments} in the
 * configuration): a ticket handed to a department nobody works in would never be answered.
 */
@ConfigurationProperties("issue")
public record Departments(Map<String, String> departments) {

    public Departments {
        departments = departments == null ? Map.of() : Map.copyOf(new TreeMap<>(departments));
    }

    public void requireKnown(String department) {
        if (!departments.containsKey(department)) {
            throw new InvalidInputException("department", "unknown department " + department + "; known: "
                    + String.join(", ", new TreeMap<>(departments).keySet()));
        }
    }
}
