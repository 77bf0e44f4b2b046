package dev.attest.rules.engine;

import java.util.List;

import org.kie.api.runtime.rule.RuleContext;

import dev.attest.rules.fact.Answer;
import dev.attest.rules.fact.ApplicabilityReason;
import dev.attest.rules.fact.Deadline;
import dev.attest.rules.fact.InScope;
import dev.attest.rules.fact.Violation;

/**
 * Functions DRL consequences import ({@code import function dev.attest.rules.engine.RuleFunctions.*}), so
 * that a rule never repeats its own check id: the id comes from the rule's metadata.
 */
public final class RuleFunctions {

    static final String ID = "id";
    static final String SCOPE_OF = "scopeOf";

    private RuleFunctions() {
    }

    public static ApplicabilityReason appliesBecause(String framework, String code, Answer... triggeredBy) {
        return new ApplicabilityReason(framework, code, true, List.of(triggeredBy));
    }

    public static ApplicabilityReason doesNotApplyBecause(String framework, String code, Answer... triggeredBy) {
        return new ApplicabilityReason(framework, code, false, List.of(triggeredBy));
    }

    /** A clock this framework sets, e.g. {@code deadline("rights-request", "GDPR", $days, "days", "GDPR Art. 12(3)")}. */
    public static Deadline deadline(String kind, String framework, Number amount, String unit, String citation) {
        return new Deadline(kind, framework, amount.doubleValue(), unit, citation);
    }

    public static Violation violation(RuleContext rule, Answer... triggeredBy) {
        return new Violation(metadata(rule, ID), List.of(triggeredBy), null);
    }

    public static InScope inScope(RuleContext rule, Answer... triggeredBy) {
        return new InScope(metadata(rule, SCOPE_OF), List.of(triggeredBy));
    }

    private static String metadata(RuleContext rule, String key) {
        Object value = rule.getRule().getMetaData().get(key);
        if (value == null) {
            throw new IllegalStateException("Rule '" + rule.getRule().getName() + "' has no @" + key + " metadata");
        }
        return value.toString();
    }
}
