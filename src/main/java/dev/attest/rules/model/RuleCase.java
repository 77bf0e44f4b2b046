package dev.attest.rules.model;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One case of a pack: answers (base merged with the case's own) and what the rulebase must conclude. */
public record RuleCase(
        String file, String name, String questionnaire, LocalDate evaluationDate, ObjectNode answers,
        List<Expectation> expectations) {

    public RuleCase {
        expectations = List.copyOf(expectations);
    }

    /**
     * Either a check's outcome (with the exact pointers of its finding when {@code triggeredBy} is set) or
     * whether a framework applies.
     */
    public record Expectation(String check, String outcome, List<String> triggeredBy, String framework, Boolean applies) {

        public boolean aboutCheck() {
            return check != null;
        }
    }
}
