package city.keyprojects.platform.problem;

/**
 * A command that is well formed but breaks a business rule in the current state (an illegal transition, a
 * limit): 409, naming the rule so that clients and people can tell which one.
 */
public class RuleViolationException extends RuntimeException {

    private final String rule;

    public RuleViolationException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
