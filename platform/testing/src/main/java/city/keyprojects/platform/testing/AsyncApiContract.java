package city.keyprojects.platform.testing;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.EventEnvelope;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The event contract as the repository documents it, {@code docs/events/asyncapi.yaml}: for provider tests, whether
 * the data a service publishes fits the documented schema of its type, and no field more (so the document cannot
 * fall behind the code); for consumer tests, the documented example of a type, to be fed through the consumer.
 *
 * <p>Messages are found by their {@code name}, which is the CloudEvents type. The schema check covers what the
 * document uses: {@code type} (one or a list, {@code 'null'} included), {@code const}, {@code enum},
 * {@code format: date} and {@code date-time}, {@code pattern}, {@code maxLength}, {@code minimum}/{@code maximum},
 * arrays ({@code items}, {@code minItems}/{@code maxItems}, {@code uniqueItems}), objects ({@code required},
 * {@code properties}, and no undeclared field), {@code allOf}/{@code anyOf}/{@code oneOf}, and {@code $ref} within
 * {@code components/schemas}.
 */
public final class AsyncApiContract {

    /** Where the document lives, relative to the repository root. */
    public static final Path DOCUMENT = Path.of("docs", "events", "asyncapi.yaml");

    private static final String SCHEMA_REF = "#/components/schemas/";
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static AsyncApiContract repository;

    private final Path file;
    private final JsonNode schemas;
    private final Map<String, JsonNode> messagesByType;

    private AsyncApiContract(Path file, JsonNode document) {
        this.file = file;
        this.schemas = document.path("components").path("schemas");
        Map<String, JsonNode> byType = new LinkedHashMap<>();
        for (JsonNode message : document.path("components").path("messages").values()) {
            byType.put(message.path("name").asString(), message);
        }
        this.messagesByType = Map.copyOf(byType);
    }

    /** The repository's document, found by walking up from the working directory; read once. */
    public static synchronized AsyncApiContract ofRepository() {
        if (repository == null) {
            repository = load(findDocument(Path.of("").toAbsolutePath()));
        }
        return repository;
    }

    public static AsyncApiContract load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object document = new Yaml(new JsonLikeScalars()).load(reader);
            return new AsyncApiContract(file, JSON.valueToTree(document));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }

    private static Path findDocument(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(DOCUMENT);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No " + DOCUMENT + " in " + start + " or any directory above it.");
    }

    /** The CloudEvents types the document has a message for. */
    public Set<String> types() {
        return messagesByType.keySet();
    }

    /** The first example of the message of {@code type}: a whole envelope, as JSON text. */
    public String exampleJson(String type) {
        return JSON.writeValueAsString(example(type));
    }

    /** The first example of the message of {@code type}: a whole envelope, as JSON bytes (UTF-8), as on the wire. */
    public byte[] exampleBytes(String type) {
        return JSON.writeValueAsBytes(example(type));
    }

    /**
     * The documented example of {@code type} made a fresh project's, as a consumer test sends it: a new event id,
     * {@code projectId} as the subject and in the data, and the example's project replaced in the aggregate id. Its
     * data is an {@code ObjectNode} a test may adjust further.
     */
    public EventEnvelope exampleOfProject(EventCodec codec, String type, String projectId) {
        EventEnvelope example = codec.decode(exampleBytes(type));
        ObjectNode data = (ObjectNode) example.data().deepCopy();
        data.put("projectId", projectId);
        return new EventEnvelope(example.specversion(), UUID.randomUUID().toString(), example.source(),
                example.type(), projectId, example.time(), example.datacontenttype(), data,
                example.aggregateid().replace(example.subject(), projectId), example.sequence(), example.actorid(),
                example.actorrole(), example.correlationid(), example.traceparent());
    }

    /** What is wrong with {@code data} as the data of an event of {@code type}; empty when it fits. */
    public List<String> dataViolations(String type, JsonNode data) {
        List<String> problems = new ArrayList<>();
        check(dataSchema(type), data, "data", problems);
        return problems;
    }

    /** @throws AssertionError naming every field of {@code data} that does not fit the schema of {@code type} */
    public void requireValidData(String type, JsonNode data) {
        List<String> problems = dataViolations(type, data);
        if (!problems.isEmpty()) {
            throw new AssertionError("The data of " + type + " does not fit " + file + ":\n  "
                    + String.join("\n  ", problems) + "\nData: " + data);
        }
    }

    private JsonNode message(String type) {
        JsonNode message = messagesByType.get(type);
        if (message == null) {
            throw new AssertionError(file + " has no message named " + type + "; it has " + types());
        }
        return message;
    }

    private JsonNode example(String type) {
        JsonNode example = message(type).path("examples").path(0).path("payload");
        if (!example.isObject()) {
            throw new AssertionError("The message " + type + " in " + file + " has no example payload.");
        }
        return example;
    }

    /** The schema of {@code data} in the message's payload ({@code allOf: [Envelope, {properties: {data: …}}]}). */
    private JsonNode dataSchema(String type) {
        JsonNode payload = message(type).path("payload");
        for (JsonNode part : payload.path("allOf").values()) {
            JsonNode data = part.path("properties").path("data");
            if (!data.isMissingNode()) {
                return data;
            }
        }
        throw new AssertionError("The payload of " + type + " in " + file + " declares no data schema.");
    }

    private JsonNode resolve(String ref) {
        if (!ref.startsWith(SCHEMA_REF) || !schemas.has(ref.substring(SCHEMA_REF.length()))) {
            throw new AssertionError("Unresolvable $ref " + ref + " in " + file);
        }
        return schemas.get(ref.substring(SCHEMA_REF.length()));
    }

    private void check(JsonNode schema, JsonNode value, String at, List<String> problems) {
        if (schema.has("$ref")) {
            check(resolve(schema.get("$ref").asString()), value, at, problems);
            return;
        }
        if (value == null || value.isMissingNode()) {
            problems.add(at + ": missing");
            return;
        }
        for (JsonNode part : schema.path("allOf").values()) {
            check(part, value, at, problems);
        }
        checkAlternatives(schema, value, at, problems);
        if (schema.has("const") && !same(schema.get("const"), value)) {
            problems.add(at + ": must be " + schema.get("const") + ", is " + value);
        }
        if (schema.has("enum") && schema.get("enum").values().stream().noneMatch(allowed -> same(allowed, value))) {
            problems.add(at + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (schema.has("type")) {
            List<String> types = schema.get("type").isArray()
                    ? schema.get("type").values().stream().map(JsonNode::asString).toList()
                    : List.of(schema.get("type").asString());
            if (types.stream().noneMatch(type -> hasType(value, type))) {
                problems.add(at + ": expected " + String.join(" or ", types) + ", is " + value);
                return;
            }
        }
        if (value.isString()) {
            checkString(schema, value.stringValue(), at, problems);
        } else if (value.isNumber()) {
            checkNumber(schema, value.decimalValue(), at, problems);
        } else if (value.isArray()) {
            checkArray(schema, value, at, problems);
        } else if (value.isObject()) {
            checkObject(schema, value, at, problems);
        }
    }

    private void checkAlternatives(JsonNode schema, JsonNode value, String at, List<String> problems) {
        for (String keyword : List.of("anyOf", "oneOf")) {
            if (!schema.has(keyword)) {
                continue;
            }
            List<String> failures = new ArrayList<>();
            int fitting = 0;
            for (JsonNode alternative : schema.get(keyword).values()) {
                List<String> own = new ArrayList<>();
                check(alternative, value, at, own);
                if (own.isEmpty()) {
                    fitting++;
                } else {
                    failures.addAll(own);
                }
            }
            if (fitting == 0 || (keyword.equals("oneOf") && fitting > 1)) {
                problems.add(at + ": fits " + fitting + " of the " + keyword + " alternatives " + failures);
            }
        }
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "null" -> value.isNull();
            case "string" -> value.isString();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            default -> throw new AssertionError("Unknown JSON Schema type " + type);
        };
    }

    private static boolean same(JsonNode expected, JsonNode value) {
        if (expected.isNumber() && value.isNumber()) {
            return expected.decimalValue().compareTo(value.decimalValue()) == 0;
        }
        return expected.equals(value);
    }

    private static void checkString(JsonNode schema, String text, String at, List<String> problems) {
        String format = schema.path("format").asString("");
        if (format.equals("date") && !isDate(text)) {
            problems.add(at + ": \"" + text + "\" is not a date yyyy-MM-dd");
        }
        if (format.equals("date-time") && !isDateTime(text)) {
            problems.add(at + ": \"" + text + "\" is not an ISO date-time");
        }
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asString()).matcher(text).find()) {
            problems.add(at + ": \"" + text + "\" does not match " + schema.get("pattern").asString());
        }
        if (schema.has("maxLength") && text.codePointCount(0, text.length()) > schema.get("maxLength").asInt()) {
            problems.add(at + ": longer than " + schema.get("maxLength").asInt() + " characters");
        }
    }

    private static boolean isDate(String text) {
        try {
            return ISO_DATE.matcher(text).matches() && LocalDate.parse(text) != null;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isDateTime(String text) {
        try {
            return OffsetDateTime.parse(text) != null;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static void checkNumber(JsonNode schema, BigDecimal number, String at, List<String> problems) {
        if (schema.has("minimum") && number.compareTo(schema.get("minimum").decimalValue()) < 0) {
            problems.add(at + ": " + number + " is below the minimum " + schema.get("minimum"));
        }
        if (schema.has("maximum") && number.compareTo(schema.get("maximum").decimalValue()) > 0) {
            problems.add(at + ": " + number + " is above the maximum " + schema.get("maximum"));
        }
    }

    private void checkArray(JsonNode schema, JsonNode array, String at, List<String> problems) {
        if (schema.has("minItems") && array.size() < schema.get("minItems").asInt()) {
            problems.add(at + ": fewer than " + schema.get("minItems").asInt() + " items");
        }
        if (schema.has("maxItems") && array.size() > schema.get("maxItems").asInt()) {
            problems.add(at + ": more than " + schema.get("maxItems").asInt() + " items");
        }
        if (schema.path("uniqueItems").asBoolean(false) && new HashSet<>(array.values()).size() < array.size()) {
            problems.add(at + ": items repeat");
        }
        if (schema.has("items")) {
            for (int i = 0; i < array.size(); i++) {
                check(schema.get("items"), array.get(i), at + "[" + i + "]", problems);
            }
        }
    }

    private void checkObject(JsonNode schema, JsonNode object, String at, List<String> problems) {
        for (JsonNode required : schema.path("required").values()) {
            if (!object.has(required.asString())) {
                problems.add(at + "." + required.asString() + ": required but missing");
            }
        }
        JsonNode properties = schema.path("properties");
        if (!properties.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            JsonNode declared = properties.get(field.getKey());
            if (declared != null) {
                check(declared, field.getValue(), at + "." + field.getKey(), problems);
            } else if (!schema.path("additionalProperties").asBoolean(false)) {
                problems.add(at + "." + field.getKey() + ": not declared in the schema");
            }
        }
    }

    /**
     * Reads scalars as JSON would: dates stay text (YAML would make them timestamps) and decimals stay exact
     * (YAML would make them doubles), so an example is sent as written.
     */
    private static final class JsonLikeScalars extends SafeConstructor {

        JsonLikeScalars() {
            super(new LoaderOptions());
            yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
            yamlConstructors.put(Tag.FLOAT, new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    return new BigDecimal(((ScalarNode) node).getValue().replace("_", ""));
                }
            });
        }
    }
}
