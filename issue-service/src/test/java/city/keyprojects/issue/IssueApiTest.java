package city.keyprojects.issue;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import city.keyprojects.platform.testing.MovableClock;
import city.keyprojects.platform.testing.PlatformIntegrationTest;

/**
 * The whole issue service over HTTP, with a {@link MovableClock}; every class so annotated shares one application
 * context. The scheduled clock watcher stays idle: tests pass time themselves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PlatformIntegrationTest
@AutoConfigureWebTestClient
@Import(MovableClock.Config.class)
@TestPropertySource(properties = "issue.tickets.watch-initial-delay=P1D")
public @interface IssueApiTest {
}
