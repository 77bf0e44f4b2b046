package dev.attest.rules.engine;

/**
 * An evaluation could not finish: a rule threw, or the rules exceeded their bound of firings or time.
 * Never turned into an empty "compliant" result.
 */
public class RuleEvaluationException extends RuntimeException {

    public RuleEvaluationException(String message) {
        super(message);
    }

    public RuleEvaluationException(String message, Throwable cause) {
        super(message, cause);
    }
}
