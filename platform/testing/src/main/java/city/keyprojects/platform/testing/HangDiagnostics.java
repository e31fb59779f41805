package city.keyprojects.platform.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * When a test's request goes unanswered ("Timeout on blocking read"), prints every thread of the JVM — the
 * service under test runs in it — so that a rare hang seen in CI leaves the evidence of where it waited.
 * The failure itself is rethrown unchanged.
 */
public final class HangDiagnostics implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        printIfUnanswered(context.getDisplayName(), failure);
        throw failure;
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure)
            throws Throwable {
        printIfUnanswered(context.getDisplayName() + " (before each)", failure);
        throw failure;
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable failure)
            throws Throwable {
        printIfUnanswered(context.getDisplayName() + " (before all)", failure);
        throw failure;
    }

    /** Prints the threads if the failure is a request that was never answered. */
    public static void printIfUnanswered(String where, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("Timeout on blocking read")) {
                StringBuilder dump = new StringBuilder("=== Unanswered request in " + where + ": threads ===\n");
                for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
                    dump.append(thread.getThreadName()).append(" (").append(thread.getThreadState()).append(")\n");
                    for (StackTraceElement frame : thread.getStackTrace()) {
                        dump.append("    at ").append(frame).append('\n');
                    }
                }
                System.err.println(dump);
                return;
            }
        }
    }
}
