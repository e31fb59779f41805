package city.keyprojects.reporting.opendata.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import city.keyprojects.reporting.opendata.application.Oc4idsReport;
import city.keyprojects.reporting.snapshots.ReportSnapshots;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Open data (政务公开): the key projects' public data as an OC4IDS project package. */
@RestController
class OpenDataController {

    private final ReportSnapshots snapshots;
    private final Oc4idsReport report;
    private final JsonMapper json;
    private final String publisher;

    OpenDataController(ReportSnapshots snapshots, Oc4idsReport report, JsonMapper json,
            @Value("${reporting.open-data.publisher:重点项目建设保障中心}") String publisher) {
        this.snapshots = snapshots;
        this.report = report;
        this.json = json;
        this.publisher = publisher;
    }

    /** The OC4IDS 0.9 project package: empty fields are left out, as the standard expects. */
    @GetMapping("/api/reports/open-data/oc4ids")
    Mono<JsonNode> oc4ids() {
        return snapshots.read(report, snapshots.thisYear()).map(snapshot -> {
            ObjectNode pack = json.createObjectNode();
            pack.put("uri", "/api/reports/open-data/oc4ids");
            pack.put("publishedDate", snapshot.builtAt().toString());
            pack.putObject("publisher").put("name", publisher);
            pack.put("version", "0.9");
            pack.set("projects", withoutEmpty(json.valueToTree(snapshot.report().projects())));
            return pack;
        });
    }

    /** The tree without nulls and empty lists or objects, recursively. */
    private static JsonNode withoutEmpty(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            List<String> empty = new ArrayList<>();
            for (Map.Entry<String, JsonNode> field : new ArrayList<>(object.properties())) {
                JsonNode value = withoutEmpty(field.getValue());
                if (value.isNull() || (value.isContainer() && value.isEmpty())) {
                    empty.add(field.getKey());
                } else {
                    object.set(field.getKey(), value);
                }
            }
            empty.forEach(object::remove);
        } else if (node.isArray()) {
            node.forEach(OpenDataController::withoutEmpty);
        }
        return node;
    }
}
