package city.keyprojects.project.registry.domain;

import java.util.List;
import java.util.Objects;

/**
 * Who answers for a project ("五个一" / "1+1+N"): the responsible city leader (包抓领导), the responsible department
 * (责任单位), the project officer (项目专员, a user name: they may then maintain the project) and the N service
 * units (服务单位).
 */
public record Responsibility(String leader, String department, String officer, List<String> serviceUnits) {

    public Responsibility {
        Objects.requireNonNull(officer, "officer");
        serviceUnits = serviceUnits == null ? List.of() : List.copyOf(serviceUnits);
    }
}
