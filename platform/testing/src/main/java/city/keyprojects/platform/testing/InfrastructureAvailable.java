package city.keyprojects.platform.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips the test class when it was asked to run against containers and no Docker engine answers. */
public final class InfrastructureAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return TestInfrastructure.available()
                ? ConditionEvaluationResult.enabled("test infrastructure available")
                : ConditionEvaluationResult.disabled("-Pcontainers asks for Docker, and no Docker engine answers");
    }
}
