package city.keyprojects.deploy.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.Yaml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;

/**
 * The part of Kustomize that deploy/kubernetes uses, enough to see what an overlay deploys without kubectl:
 * resources (files and directories), components, secretGenerator (the Secrets' names and keys; the files are
 * git-ignored and need not exist), patches (strategic merge, or JSON 6902 with a target; a target's name is a
 * regular expression) and images. A patch that matches no resource is an error, as in Kustomize.
 */
final class Kustomization {

    /** A file a secretGenerator reads: never committed. */
    record SecretFile(String secret, String key, Path file) {
    }

    /** What an overlay deploys, as typed objects (custom resources as GenericKubernetesResource). */
    record Build(List<HasMetadata> resources, List<SecretFile> secretFiles) {

        <T extends HasMetadata> List<T> all(Class<T> type) {
            return resources.stream().filter(type::isInstance).map(type::cast).toList();
        }

        <T extends HasMetadata> T named(Class<T> type, String kind, String name) {
            return resources.stream()
                    .filter(r -> type.isInstance(r) && r.getKind().equals(kind) && r.getMetadata().getName().equals(name))
                    .map(type::cast).findFirst()
                    .orElseThrow(() -> new AssertionError("No " + kind + " " + name));
        }

        List<HasMetadata> ofKind(String kind) {
            return resources.stream().filter(r -> r.getKind().equals(kind)).toList();
        }
    }

    /** Kinds whose lists of named items Kustomize merges by name; custom resources get a JSON merge patch. */
    private static final Set<String> BUILT_IN_API_VERSIONS =
            Set.of("v1", "apps/v1", "autoscaling/v2", "policy/v1", "networking.k8s.io/v1");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Map<String, Object>> resources = new ArrayList<>();
    private final List<SecretFile> secretFiles = new ArrayList<>();

    private Kustomization() {
    }

    static Build build(Path directory) {
        Kustomization kustomization = new Kustomization();
        kustomization.apply(directory);
        List<HasMetadata> typed = kustomization.resources.stream().map(Kustomization::typed).toList();
        return new Build(typed, List.copyOf(kustomization.secretFiles));
    }

    /** One YAML document as the typed object the API server would read it as. */
    static HasMetadata typed(Map<String, Object> document) {
        try {
            return Serialization.unmarshal(JSON.writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> kustomizationFile(Path directory) {
        return loadOne(directory.resolve("kustomization.yaml"));
    }

    @SuppressWarnings("unchecked")
    private void apply(Path directory) {
        Map<String, Object> k = kustomizationFile(directory);
        for (String entry : strings(k.get("resources"))) {
            Path path = directory.resolve(entry).normalize();
            if (Files.isDirectory(path)) {
                apply(path);
            } else {
                resources.addAll(loadAll(path));
            }
        }
        for (Map<String, Object> generator : maps(k.get("secretGenerator"))) {
            String name = (String) generator.get("name");
            Map<String, Object> data = new LinkedHashMap<>();
            for (String file : strings(generator.get("files"))) {
                String key = file.contains("=") ? file.substring(0, file.indexOf('=')) : Path.of(file).getFileName().toString();
                String path = file.contains("=") ? file.substring(file.indexOf('=') + 1) : file;
                secretFiles.add(new SecretFile(name, key, directory.resolve(path).normalize()));
                // The content is not known here (the file is not committed): only its key counts.
                data.put(key, Base64.getEncoder().encodeToString(new byte[0]));
            }
            resources.add(new LinkedHashMap<>(Map.of("apiVersion", "v1", "kind", "Secret",
                    "metadata", new LinkedHashMap<>(Map.of("name", name)), "data", data)));
        }
        for (String component : strings(k.get("components"))) {
            apply(directory.resolve(component).normalize());
        }
        for (Map<String, Object> patch : maps(k.get("patches"))) {
            Path file = directory.resolve((String) patch.get("path"));
            Object body = new Yaml().load(read(file));
            Map<String, Object> target = (Map<String, Object>) patch.get("target");
            List<Map<String, Object>> targets = body instanceof List<?>
                    ? matching(Objects.requireNonNull(target, file + ": a JSON 6902 patch needs a target"))
                    : target != null ? matching(target) : matching(selectorOf((Map<String, Object>) body));
            if (targets.isEmpty()) {
                throw new IllegalStateException(file + " patches nothing: no resource matches " + target);
            }
            for (Map<String, Object> resource : targets) {
                if (body instanceof List<?> operations) {
                    operations.forEach(op -> jsonPatch(resource, (Map<String, Object>) op, file));
                } else {
                    Map<String, Object> merge = new LinkedHashMap<>((Map<String, Object>) body);
                    if (target != null) {
                        // A targeted patch's own name is only a label; the target says what it changes.
                        merge.remove("metadata");
                    }
                    merge(resource, merge, BUILT_IN_API_VERSIONS.contains(resource.get("apiVersion")));
                }
            }
        }
        for (Map<String, Object> image : maps(k.get("images"))) {
            for (Map<String, Object> container : containers()) {
                String current = (String) container.get("image");
                if (current.substring(0, current.lastIndexOf(':')).equals(image.get("name"))) {
                    container.put("image", image.get("name") + ":" + image.get("newTag"));
                }
            }
        }
    }

    private static Map<String, Object> selectorOf(Map<String, Object> patch) {
        return Map.of("kind", patch.get("kind"), "name", Pattern.quote(name(patch)));
    }

    private List<Map<String, Object>> matching(Map<String, Object> target) {
        return resources.stream()
                .filter(r -> !target.containsKey("kind") || target.get("kind").equals(r.get("kind")))
                .filter(r -> !target.containsKey("name") || name(r).matches((String) target.get("name")))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> containers() {
        List<Map<String, Object>> containers = new ArrayList<>();
        for (Map<String, Object> resource : resources) {
            if ("Deployment".equals(resource.get("kind"))) {
                Map<String, Object> spec = (Map<String, Object>) resource.get("spec");
                Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) spec.get("template")).get("spec");
                containers.addAll((List<Map<String, Object>>) pod.get("containers"));
            }
        }
        return containers;
    }

    /** A strategic merge patch; without a schema (custom resources) lists are replaced, as in a JSON merge patch. */
    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> into, Map<String, Object> patch, boolean mergeNamedLists) {
        patch.forEach((key, value) -> {
            Object current = into.get(key);
            if (value == null) {
                into.remove(key);
            } else if (current instanceof Map<?, ?> map && value instanceof Map<?, ?> patchMap) {
                merge((Map<String, Object>) map, (Map<String, Object>) patchMap, mergeNamedLists);
            } else if (mergeNamedLists && current instanceof List<?> list && value instanceof List<?> patchList
                    && !patchList.isEmpty() && patchList.stream().allMatch(i -> i instanceof Map<?, ?> m && m.containsKey("name"))) {
                List<Object> merged = new ArrayList<>(list);
                for (Object item : patchList) {
                    Map<String, Object> patchItem = (Map<String, Object>) item;
                    merged.stream().filter(i -> i instanceof Map<?, ?> m && patchItem.get("name").equals(m.get("name")))
                            .findFirst()
                            .ifPresentOrElse(i -> merge((Map<String, Object>) i, patchItem, true),
                                    () -> merged.add(copy(patchItem)));
                }
                into.put(key, merged);
            } else {
                into.put(key, copy(value));
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static void jsonPatch(Map<String, Object> resource, Map<String, Object> operation, Path file) {
        String[] steps = ((String) operation.get("path")).substring(1).split("/");
        Object node = resource;
        for (int i = 0; i < steps.length - 1; i++) {
            node = node instanceof List<?> list ? list.get(Integer.parseInt(steps[i])) : ((Map<String, Object>) node).get(steps[i]);
            if (node == null) {
                throw new IllegalStateException(file + ": " + operation.get("path") + " not in " + name(resource));
            }
        }
        String last = steps[steps.length - 1];
        String op = (String) operation.get("op");
        if (node instanceof List<?>) {
            throw new IllegalStateException(file + ": only map members are patched here");
        }
        Map<String, Object> parent = (Map<String, Object>) node;
        switch (op) {
            case "replace" -> {
                if (!parent.containsKey(last)) {
                    throw new IllegalStateException(file + ": replace of a missing " + operation.get("path"));
                }
                parent.put(last, copy(operation.get("value")));
            }
            case "add" -> parent.put(last, copy(operation.get("value")));
            case "remove" -> parent.remove(last);
            default -> throw new IllegalStateException(file + ": operation " + op + " not supported here");
        }
    }

    @SuppressWarnings("unchecked")
    private static Object copy(Object value) {
        try {
            return value == null ? null : JSON.readValue(JSON.writeValueAsString(value), Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static String name(Map<String, Object> resource) {
        return (String) ((Map<String, Object>) resource.get("metadata")).get("name");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> loadAll(Path file) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml().loadAll(read(file))) {
            if (document != null) {
                documents.add((Map<String, Object>) document);
            }
        }
        return documents;
    }

    private static Map<String, Object> loadOne(Path file) {
        return new Yaml().load(read(file));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return value == null ? List.of() : (List<String>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
