package city.keyprojects.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import city.keyprojects.deploy.ProjectFiles;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * What the base and each overlay deploy agrees with the applications (ports, probes, environment variables,
 * images, topics) and with itself (selectors, references, Kafka's guarantees).
 */
class ApplicationAgreementTest {

    private static final Path KUBERNETES = ProjectFiles.file("deploy/kubernetes");

    private static Kustomization.Build build(String directory) {
        return Kustomization.build(KUBERNETES.resolve(directory));
    }

    private static Container container(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        assertThat(containers).as(deployment.getMetadata().getName()).hasSize(1);
        return containers.get(0);
    }

    private static int port(Container container, IntOrString port) {
        if (port.getStrVal() == null) {
            return port.getIntVal();
        }
        return container.getPorts().stream().filter(p -> port.getStrVal().equals(p.getName()))
                .mapToInt(ContainerPort::getContainerPort).findFirst()
                .orElseThrow(() -> new AssertionError(container.getName() + " has no port named " + port.getStrVal()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/small-city", "overlays/large-city"})
    void eachApplicationRunsItsImageOnItsPortsWithActuatorProbes(String directory) {
        Kustomization.Build build = build(directory);
        for (String app : Applications.ALL) {
            Container container = container(build.named(Deployment.class, "Deployment", app));
            assertThat(container.getImage()).isEqualTo("key-projects/" + app + ":0.1.0-SNAPSHOT");
            assertThat(container.getPorts()).extracting(ContainerPort::getContainerPort)
                    .contains(Applications.port(app), Applications.managementPort(app));
            Map<String, Probe> probes = Map.of("startup", container.getStartupProbe(), "liveness",
                    container.getLivenessProbe(), "readiness", container.getReadinessProbe());
            probes.forEach((kind, probe) -> {
                assertThat(probe).as(app + " " + kind + " probe").isNotNull();
                HTTPGetAction get = probe.getHttpGet();
                assertThat(get.getPath()).as(app + " " + kind)
                        .isEqualTo(kind.equals("readiness") ? "/actuator/health/readiness" : "/actuator/health/liveness");
                assertThat(port(container, get.getPort())).as(app + " " + kind + " port")
                        .isEqualTo(Applications.managementPort(app));
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/small-city", "overlays/large-city"})
    void everyEnvironmentVariableIsOneAnApplicationReads(String directory) {
        Kustomization.Build build = build(directory);
        Set<String> known = Applications.environmentNames();
        for (Deployment deployment : build.all(Deployment.class)) {
            Container container = container(deployment);
            List<String> names = new ArrayList<>(container.getEnv().stream().map(EnvVar::getName).toList());
            for (EnvFromSource source : container.getEnvFrom()) {
                names.addAll(build.named(ConfigMap.class, "ConfigMap", source.getConfigMapRef().getName())
                        .getData().keySet());
            }
            assertThat(names).as(deployment.getMetadata().getName()).isNotEmpty().doesNotHaveDuplicates();
            assertThat(known).as(deployment.getMetadata().getName()).containsAll(names);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/small-city", "overlays/large-city"})
    void servicesAreWiredToKafkaMongoDbAndTheirOwnDatabase(String directory) {
        Kustomization.Build build = build(directory);
        GenericKubernetesResource kafka = build.named(GenericKubernetesResource.class, "Kafka", "key-projects");
        List<Map<String, Object>> listeners = kafka.get("spec", "kafka", "listeners");
        Map<String, Object> plain = listeners.stream().filter(l -> "plain".equals(l.get("name"))).findFirst().orElseThrow();
        GenericKubernetesResource mongo = build.ofKind("MongoDBCommunity").stream()
                .map(GenericKubernetesResource.class::cast).findFirst().orElseThrow();
        List<Map<String, Object>> users = mongo.get("spec", "users");
        for (String app : Applications.SERVICES) {
            Map<String, String> env = environment(build, build.named(Deployment.class, "Deployment", app));
            assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS"))
                    .isEqualTo(kafka.getMetadata().getName() + "-kafka-bootstrap:" + plain.get("port"));
            SecretKeySelector uri = container(build.named(Deployment.class, "Deployment", app)).getEnv().stream()
                    .filter(e -> e.getName().equals("MONGODB_URI")).findFirst().orElseThrow()
                    .getValueFrom().getSecretKeyRef();
            // The connection string is the operator's, for the user whose role is on the database named here.
            Map<String, Object> user = users.stream()
                    .filter(u -> uri.getName().equals(u.get("connectionStringSecretName"))).findFirst()
                    .orElseThrow(() -> new AssertionError(app + ": no MongoDB user writes " + uri.getName()));
            assertThat(uri.getKey()).isEqualTo("connectionString.standard");
            assertThat(user.get("name")).isEqualTo(app);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> roles = (List<Map<String, Object>>) user.get("roles");
            assertThat(roles).extracting(r -> r.get("db")).containsExactly(env.get("MONGODB_DATABASE"));
            assertThat(Applications.configuration(app).toString()).contains("${MONGODB_DATABASE:" + env.get("MONGODB_DATABASE") + "}");
        }
        Map<String, String> gateway = environment(build, build.named(Deployment.class, "Deployment", "gateway"));
        for (String app : Applications.SERVICES) {
            String variable = app.substring(0, app.indexOf('-')).toUpperCase() + "_SERVICE_URI";
            assertThat(gateway.get(variable)).isEqualTo("http://" + app + ":" + Applications.port(app));
            Service service = build.named(Service.class, "Service", app);
            assertThat(service.getSpec().getPorts()).extracting(ServicePort::getPort).contains(Applications.port(app));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/small-city", "overlays/large-city"})
    void everyApplicationRunsLockedDown(String directory) {
        for (Deployment deployment : build(directory).all(Deployment.class)) {
            var pod = deployment.getSpec().getTemplate().getSpec();
            Container container = container(deployment);
            String name = deployment.getMetadata().getName();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(name).isTrue();
            assertThat(pod.getSecurityContext().getRunAsUser()).as(name).isEqualTo(65532L);
            assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).as(name).isTrue();
            assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).as(name).isFalse();
            assertThat(container.getSecurityContext().getCapabilities().getDrop()).as(name).containsExactly("ALL");
            String tmp = container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp"))
                    .findFirst().orElseThrow().getName();
            assertThat(pod.getVolumes()).filteredOn(v -> v.getName().equals(tmp)).singleElement()
                    .satisfies(v -> assertThat(v.getEmptyDir()).isNotNull());
            assertThat(container.getResources().getRequests()).as(name).containsKeys("cpu", "memory");
            assertThat(container.getResources().getLimits()).as(name).containsKey("memory");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/small-city", "overlays/large-city"})
    void servicesAutoscalersAndBudgetsFindTheirPods(String directory) {
        Kustomization.Build build = build(directory);
        List<Deployment> deployments = build.all(Deployment.class);
        for (Service service : build.all(Service.class)) {
            Deployment deployment = deployments.stream()
                    .filter(d -> labels(d).entrySet().containsAll(service.getSpec().getSelector().entrySet()))
                    .findFirst().orElseThrow(() -> new AssertionError("Service " + service.getMetadata().getName()
                            + " selects no Deployment's pods"));
            for (ServicePort port : service.getSpec().getPorts()) {
                port(container(deployment), port.getTargetPort());
            }
        }
        for (HorizontalPodAutoscaler hpa : build.all(HorizontalPodAutoscaler.class)) {
            String target = hpa.getSpec().getScaleTargetRef().getName();
            assertThat(deployments).extracting(d -> d.getMetadata().getName()).contains(target);
            assertThat(hpa.getSpec().getMinReplicas()).isPositive().isLessThanOrEqualTo(hpa.getSpec().getMaxReplicas());
            assertThat(hpa.getSpec().getMetrics()).extracting(m -> m.getResource().getName()).containsExactly("cpu");
        }
        for (String app : Applications.ALL) {
            Deployment deployment = build.named(Deployment.class, "Deployment", app);
            long budgets = build.all(PodDisruptionBudget.class).stream()
                    .filter(pdb -> selects(pdb.getSpec().getSelector(), labels(deployment))).count();
            assertThat(budgets).as(app + " disruption budgets").isEqualTo(1);
        }
        for (String app : Applications.SERVICES) {
            assertThat(build.all(HorizontalPodAutoscaler.class))
                    .anySatisfy(h -> assertThat(h.getSpec().getScaleTargetRef().getName()).isEqualTo(app));
        }
        Ingress ingress = build.all(Ingress.class).get(0);
        var backend = ingress.getSpec().getRules().get(0).getHttp().getPaths().get(0).getBackend().getService();
        assertThat(backend.getName()).isEqualTo("gateway");
        Service gateway = build.named(Service.class, "Service", "gateway");
        ServicePort http = gateway.getSpec().getPorts().stream().filter(p -> p.getName().equals(backend.getPort().getName()))
                .findFirst().orElseThrow();
        assertThat(port(container(build.named(Deployment.class, "Deployment", "gateway")), http.getTargetPort()))
                .isEqualTo(Applications.port("gateway"));
    }

    /** The local token service keeps refresh tokens in memory: while it is on, one gateway, never autoscaled. */
    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/small-city", "overlays/large-city"})
    void theGatewayRunsOneReplicaWhileItIssuesTokens(String directory) {
        Kustomization.Build build = build(directory);
        Deployment gateway = build.named(Deployment.class, "Deployment", "gateway");
        boolean issuesTokens = !"false".equals(environment(build, gateway).get("GATEWAY_IDENTITY_ENABLED"));
        List<HorizontalPodAutoscaler> scalers = build.all(HorizontalPodAutoscaler.class).stream()
                .filter(h -> h.getSpec().getScaleTargetRef().getName().equals("gateway")).toList();
        if (issuesTokens) {
            assertThat(gateway.getSpec().getReplicas()).isEqualTo(1);
            assertThat(scalers).isEmpty();
        } else {
            assertThat(scalers).singleElement().satisfies(h -> assertThat(h.getSpec().getMaxReplicas()).isGreaterThan(1));
            assertThat(environment(build, gateway).get("PLATFORM_SECURITY_JWK_SET_URI")).doesNotContain("gateway");
        }
    }

    @Test
    void theSmallCityRunsOneReplicaOfEachAndTheLargeCityMore() {
        Kustomization.Build small = build("overlays/small-city");
        Kustomization.Build large = build("overlays/large-city");
        for (String app : Applications.SERVICES) {
            HorizontalPodAutoscaler smallHpa = small.named(HorizontalPodAutoscaler.class, "HorizontalPodAutoscaler", app);
            HorizontalPodAutoscaler largeHpa = large.named(HorizontalPodAutoscaler.class, "HorizontalPodAutoscaler", app);
            assertThat(smallHpa.getSpec().getMinReplicas()).isEqualTo(1);
            assertThat(largeHpa.getSpec().getMinReplicas()).isGreaterThan(1);
            assertThat(largeHpa.getSpec().getMaxReplicas()).isGreaterThan(smallHpa.getSpec().getMaxReplicas());
        }
        assertThat(small.named(Deployment.class, "Deployment", "gateway").getSpec().getReplicas()).isEqualTo(1);
        // The small city's gateway keeps its signing key; the large city's has none to keep.
        assertThat(environment(small, small.named(Deployment.class, "Deployment", "gateway")))
                .containsKey("GATEWAY_IDENTITY_SIGNING_KEY_FILE");
        assertThat(environment(large, large.named(Deployment.class, "Deployment", "gateway")))
                .containsEntry("GATEWAY_IDENTITY_ENABLED", "false").doesNotContainKey("GATEWAY_IDENTITY_SIGNING_KEY_FILE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/small-city", "overlays/large-city"})
    void kafkaKeepsEveryWriteOnTwoOfThreeBrokersAndHasAPartitionForEachConsumer(String directory) {
        Kustomization.Build build = build(directory);
        GenericKubernetesResource kafka = build.named(GenericKubernetesResource.class, "Kafka", "key-projects");
        Map<String, Object> config = kafka.get("spec", "kafka", "config");
        assertThat(config).containsEntry("default.replication.factor", 3).containsEntry("min.insync.replicas", 2)
                .containsEntry("offsets.topic.replication.factor", 3)
                .containsEntry("transaction.state.log.replication.factor", 3);
        int brokers = build.ofKind("KafkaNodePool").stream().map(GenericKubernetesResource.class::cast)
                .filter(pool -> pool.<List<String>>get("spec", "roles").contains("broker"))
                .mapToInt(pool -> pool.<Integer>get("spec", "replicas")).sum();
        assertThat(brokers).isEqualTo(3);

        Map<String, GenericKubernetesResource> topics = new HashMap<>();
        build.ofKind("KafkaTopic").forEach(t -> topics.put(t.getMetadata().getName(), (GenericKubernetesResource) t));
        Set<String> eventTopics = Applications.eventTopics();
        List<String> expected = new ArrayList<>(eventTopics);
        eventTopics.forEach(t -> expected.add(t + ".dlt"));
        assertThat(topics.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        Map<String, String> services = environment(build, build.named(Deployment.class, "Deployment", "project-service"));
        for (GenericKubernetesResource topic : topics.values()) {
            assertThat(topic.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", kafka.getMetadata().getName());
            assertThat(topic.<Integer>get("spec", "replicas")).isEqualTo(3);
            assertThat(topic.<Integer>get("spec", "config", "min.insync.replicas")).isEqualTo(2);
        }
        for (String name : eventTopics) {
            int partitions = topics.get(name).get("spec", "partitions");
            for (String app : Applications.SERVICES) {
                if (Applications.subscribes(app).contains(name)) {
                    int max = build.named(HorizontalPodAutoscaler.class, "HorizontalPodAutoscaler", app).getSpec()
                            .getMaxReplicas();
                    assertThat(partitions).as(name + " partitions for " + app + "'s consumers").isGreaterThanOrEqualTo(max);
                }
            }
            // A service that declares the topic first must not make it different from the KafkaTopic.
            assertThat(Integer.parseInt(services.get("PLATFORM_TOPICS_PARTITIONS"))).isLessThanOrEqualTo(partitions);
            assertThat(topics.get(name).<Number>get("spec", "config", "retention.ms").longValue()).isEqualTo(-1L);
        }
        assertThat(services).containsEntry("PLATFORM_TOPICS_REPLICAS", "3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/small-city", "overlays/large-city"})
    void mongoDbIsAReplicaSetOfThreeWithAUserPerService(String directory) {
        Kustomization.Build build = build(directory);
        GenericKubernetesResource mongo = build.named(GenericKubernetesResource.class, "MongoDBCommunity",
                "key-projects-mongodb");
        assertThat(mongo.<Integer>get("spec", "members")).isEqualTo(3);
        assertThat(mongo.<String>get("spec", "type")).isEqualTo("ReplicaSet");
        List<Map<String, Object>> users = mongo.get("spec", "users");
        assertThat(users).extracting(u -> u.get("name")).containsExactlyInAnyOrderElementsOf(Applications.SERVICES);
        Set<String> secrets = Set.copyOf(build.all(Secret.class).stream().map(s -> s.getMetadata().getName()).toList());
        for (Map<String, Object> user : users) {
            @SuppressWarnings("unchecked")
            String password = ((Map<String, String>) user.get("passwordSecretRef")).get("name");
            assertThat(secrets).contains(password);
            assertThat(build.named(Secret.class, "Secret", password).getData()).containsKey("password");
        }
    }

    /** The Secrets come from files that git never sees: no password or key is ever committed. */
    @ParameterizedTest
    @ValueSource(strings = {"overlays/small-city", "overlays/large-city"})
    void secretsComeFromGitIgnoredFiles(String directory) throws Exception {
        Kustomization.Build build = build(directory);
        assertThat(build.secretFiles()).isNotEmpty();
        for (Kustomization.SecretFile file : build.secretFiles()) {
            List<String> ignore = Files.readAllLines(file.file().getParent().resolve(".gitignore"));
            assertThat(ignore).as(file.file().toString()).contains("*")
                    .doesNotContain("!" + file.file().getFileName());
        }
        assertThat(build.all(Secret.class)).extracting(s -> s.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(build.secretFiles().stream().map(Kustomization.SecretFile::secret)
                        .distinct().toList());
        for (Deployment deployment : build.all(Deployment.class)) {
            var pod = deployment.getSpec().getTemplate().getSpec();
            pod.getVolumes().stream().filter(v -> v.getSecret() != null).forEach(v ->
                    assertThat(build.secretFiles()).extracting(Kustomization.SecretFile::secret)
                            .contains(v.getSecret().getSecretName()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/small-city", "overlays/large-city"})
    void networkPoliciesSelectPodsThatExistOnPortsTheyDeclare(String directory) {
        Kustomization.Build build = build(directory);
        List<Map<String, String>> pods = new ArrayList<>();
        Map<Map<String, String>, List<ContainerPort>> ports = new HashMap<>();
        for (Deployment deployment : build.all(Deployment.class)) {
            pods.add(labels(deployment));
            ports.put(labels(deployment), container(deployment).getPorts());
        }
        // The operators' pods: Strimzi labels them with the cluster, the MongoDB operator with app: <name>-svc.
        for (var kafka : build.ofKind("Kafka")) {
            pods.add(Map.of("strimzi.io/cluster", kafka.getMetadata().getName(), "strimzi.io/kind", "Kafka"));
        }
        for (var mongo : build.ofKind("MongoDBCommunity")) {
            pods.add(Map.of("app", mongo.getMetadata().getName() + "-svc"));
        }
        List<NetworkPolicy> policies = build.all(NetworkPolicy.class);
        assertThat(policies).anySatisfy(p -> {
            assertThat(p.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
            assertThat(p.getSpec().getIngress()).isNullOrEmpty();
            assertThat(p.getSpec().getPolicyTypes()).contains("Ingress");
        });
        for (NetworkPolicy policy : policies) {
            LabelSelector selector = policy.getSpec().getPodSelector();
            if (selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty()) {
                continue;
            }
            List<Map<String, String>> selected = pods.stream().filter(p -> selects(selector, p)).toList();
            assertThat(selected).as(policy.getMetadata().getName() + " selects no pod").isNotEmpty();
            for (var rule : policy.getSpec().getIngress()) {
                for (NetworkPolicyPeer peer : rule.getFrom()) {
                    if (peer.getNamespaceSelector() == null) {
                        assertThat(pods).as(policy.getMetadata().getName() + " allows pods that do not exist")
                                .anyMatch(p -> selects(peer.getPodSelector(), p));
                    }
                }
                for (NetworkPolicyPort port : rule.getPorts()) {
                    if (port.getPort().getStrVal() != null) {
                        for (Map<String, String> pod : selected) {
                            assertThat(ports.get(pod)).as(policy.getMetadata().getName())
                                    .extracting(ContainerPort::getName).contains(port.getPort().getStrVal());
                        }
                    }
                }
            }
        }
        // Only the gateway reaches a service; Prometheus from the monitoring namespace reaches the actuators.
        NetworkPolicy services = build.named(NetworkPolicy.class, "NetworkPolicy", "services");
        assertThat(services.getSpec().getIngress()).singleElement().satisfies(rule -> assertThat(rule.getFrom())
                .extracting(p -> p.getPodSelector().getMatchLabels().get("app.kubernetes.io/name"))
                .containsExactlyInAnyOrder("gateway", "prometheus"));
    }

    private static Map<String, String> labels(Deployment deployment) {
        return deployment.getSpec().getTemplate().getMetadata().getLabels();
    }

    private static boolean selects(LabelSelector selector, Map<String, String> labels) {
        return selector != null && selector.getMatchLabels() != null
                && labels.entrySet().containsAll(selector.getMatchLabels().entrySet());
    }

    /** The container's environment: its own variables and those of the ConfigMaps it reads (values only). */
    private static Map<String, String> environment(Kustomization.Build build, Deployment deployment) {
        Map<String, String> env = new HashMap<>();
        Container container = container(deployment);
        for (EnvFromSource source : container.getEnvFrom()) {
            env.putAll(build.named(ConfigMap.class, "ConfigMap", source.getConfigMapRef().getName()).getData());
        }
        container.getEnv().forEach(e -> env.put(e.getName(), e.getValue()));
        return env;
    }
}
