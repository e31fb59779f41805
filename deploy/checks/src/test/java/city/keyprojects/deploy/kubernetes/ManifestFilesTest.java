package city.keyprojects.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import city.keyprojects.deploy.ProjectFiles;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;

/** Every YAML file under deploy/kubernetes reads as Kubernetes objects, and every overlay builds. */
class ManifestFilesTest {

    private static final Path KUBERNETES = ProjectFiles.file("deploy/kubernetes");
    /** The custom resources of the two operators; anything else unknown to the Kubernetes model is a mistake. */
    private static final List<String> CUSTOM_KINDS = List.of("Kafka", "KafkaNodePool", "KafkaTopic", "MongoDBCommunity");

    @Test
    void everyManifestParsesIntoTypedObjectsWithoutUnknownFields() throws IOException {
        List<Path> manifests = yamlFiles().filter(file -> !file.getFileName().toString().equals("kustomization.yaml")
                && !isJsonPatch(file)).toList();
        assertThat(manifests).hasSizeGreaterThan(20);
        for (Path file : manifests) {
            for (Map<String, Object> document : Kustomization.loadAll(file)) {
                assertThat(document).as(file.toString()).containsKeys("apiVersion", "kind", "metadata");
                HasMetadata resource = Kustomization.typed(document);
                assertThat(resource.getMetadata().getName()).as(file.toString()).isNotBlank();
                if (resource instanceof GenericKubernetesResource) {
                    assertThat(CUSTOM_KINDS).as(file + ": " + resource.getKind() + " is not a known kind")
                            .contains(resource.getKind());
                } else {
                    assertThat(unknownFields(resource, resource.getKind())).as(file.toString()).isEmpty();
                }
            }
        }
    }

    @Test
    void jsonPatchFilesAreListsOfOperations() throws IOException {
        List<Path> jsonPatches = yamlFiles().filter(ManifestFilesTest::isJsonPatch).toList();
        assertThat(jsonPatches).isNotEmpty();
        for (Path file : jsonPatches) {
            List<Map<String, Object>> operations = new Yaml().load(Kustomization.read(file));
            assertThat(operations).as(file.toString()).allSatisfy(op -> assertThat(op).containsKeys("op", "path"));
        }
    }

    /** Each overlay builds: its patches and components find what they change in the base. */
    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/small-city", "overlays/large-city"})
    void buildsWithEveryPatchFindingItsTarget(String directory) {
        Kustomization.Build build = Kustomization.build(KUBERNETES.resolve(directory));
        assertThat(build.ofKind("Deployment")).hasSize(5);
        assertThat(build.resources()).extracting(r -> r.getKind() + "/" + r.getMetadata().getName())
                .doesNotHaveDuplicates();
    }

    @Test
    void everyFileInAKustomizationDirectoryIsUsed() throws IOException {
        // A manifest or patch left out of kustomization.yaml would silently not be deployed.
        for (String directory : List.of("base", "components/local-token-service", "overlays/small-city",
                "overlays/large-city")) {
            Path dir = KUBERNETES.resolve(directory);
            String kustomization = Kustomization.read(dir.resolve("kustomization.yaml"));
            try (Stream<Path> files = Files.walk(dir)) {
                List<Path> yaml = files.filter(f -> f.toString().endsWith(".yaml")
                        && !f.getFileName().toString().equals("kustomization.yaml")).toList();
                for (Path file : yaml) {
                    assertThat(kustomization).as(file + " is not listed in " + directory)
                            .contains(dir.relativize(file).toString());
                }
            }
        }
    }

    /** A JSON 6902 patch is a YAML list of operations; a manifest is a map. */
    private static boolean isJsonPatch(Path file) {
        return new Yaml().loadAll(Kustomization.read(file)).iterator().next() instanceof List<?>;
    }

    private static Stream<Path> yamlFiles() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(KUBERNETES)) {
            files = walk.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        }
        return files.stream();
    }

    /**
     * The paths of fields the typed model did not know (the model keeps them aside instead of failing): a
     * misspelt field would otherwise be dropped by the API server without a word.
     */
    static List<String> unknownFields(Object node, String path) {
        List<String> unknown = new ArrayList<>();
        collectUnknown(node, path, unknown);
        return unknown;
    }

    private static void collectUnknown(Object node, String path, List<String> unknown) {
        if (node == null || !node.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            if (node instanceof Collection<?> items) {
                int i = 0;
                for (Object item : items) {
                    collectUnknown(item, path + "[" + i++ + "]", unknown);
                }
            } else if (node instanceof Map<?, ?> map) {
                map.forEach((key, value) -> collectUnknown(value, path + "." + key, unknown));
            }
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(node);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    unknown.add(path + " " + extra.keySet());
                }
            } else {
                collectUnknown(value, path + "." + getter.getName().substring(3), unknown);
            }
        }
    }
}
