package city.keyprojects.platform.observability;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;

import reactor.core.publisher.Mono;

/** UP when the broker answers a cluster description within the timeout; part of the readiness group. */
public final class KafkaHealthIndicator extends AbstractReactiveHealthIndicator implements DisposableBean {

    private final AdminClient admin;
    private final Duration timeout;

    public KafkaHealthIndicator(Map<String, Object> adminConfig, Duration timeout) {
        super("Kafka health check failed");
        this.admin = AdminClient.create(adminConfig);
        this.timeout = timeout;
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        var cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()));
        return Mono.fromFuture(cluster.nodes().toCompletionStage().toCompletableFuture())
                .timeout(timeout)
                .map(nodes -> builder.up().withDetail("brokers", nodes.size()).build());
    }

    @Override
    public void destroy() {
        admin.close(Duration.ofSeconds(2));
    }
}
