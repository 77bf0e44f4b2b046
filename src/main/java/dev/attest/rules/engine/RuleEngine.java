package dev.attest.rules.engine;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.ConsequenceException;

import dev.attest.rules.config.RulesConfig;
import dev.attest.rules.fact.Answer;
import dev.attest.rules.fact.ApplicabilityReason;
import dev.attest.rules.fact.Deadline;
import dev.attest.rules.fact.EvaluationDate;
import dev.attest.rules.fact.FrameworkApplies;
import dev.attest.rules.fact.InScope;
import dev.attest.rules.fact.Parameter;
import dev.attest.rules.fact.Violation;

/**
 * Runs a rulebase over one business's answers in a fresh session: answers, the evaluation date and the
 * parameters in force go in; reasons, violations and scopes come out. Bounded in firings and time.
 */
@ApplicationScoped
public class RuleEngine {

    private final RulesConfig config;

    @Inject
    public RuleEngine(RulesConfig config) {
        this.config = config;
    }

    public EngineOutcome run(Rulebase rulebase, List<Answer> answers, LocalDate evaluationDate) {
        KieSession session = rulebase.kieBase().newKieSession();
        try {
            answers.forEach(session::insert);
            session.insert(new EvaluationDate(evaluationDate));
            rulebase.parametersInForce(evaluationDate)
                    .forEach(value -> session.insert(new Parameter(value.name(), value.value(), value.effectiveFrom())));
            Duration timeBound = rulebase.cold() ? config.coldEvaluationTimeout() : config.evaluationTimeout();
            TimeLimit timeLimit = new TimeLimit(System.nanoTime() + timeBound.toNanos());
            int limit = config.maxFiredRules();
            int fired = session.fireAllRules(timeLimit, limit + 1);
            if (timeLimit.interrupted) {
                Thread.currentThread().interrupt();
                throw new RuleEvaluationException("The evaluation was stopped before it finished. No result was produced.");
            }
            if (timeLimit.passed) {
                throw new RuleEvaluationException("The rules did not finish within " + timeBound.toMillis()
                        + " ms; the rulebase needs fixing. No result was produced.");
            }
            if (fired > limit) {
                throw new RuleEvaluationException("The rules fired more than " + limit
                        + " times, which means some rules keep re-activating each other; the rulebase needs fixing. No result was produced.");
            }
            EngineOutcome outcome = collect(session, fired);
            rulebase.evaluationFinished();
            return outcome;
        } catch (RuleEvaluationException e) {
            throw e;
        } catch (ConsequenceException e) {
            throw new RuleEvaluationException("The rule '" + e.getRule().getName() + "' (" + e.getRule().getPackageName()
                    + ") failed while evaluating" + causeText(e) + ". The rulebase needs fixing. No result was produced.", e);
        } catch (RuntimeException e) {
            throw new RuleEvaluationException("The rules failed while evaluating" + causeText(e)
                    + ". The rulebase needs fixing. No result was produced.", e);
        } finally {
            session.dispose();
        }
    }

    private static EngineOutcome collect(KieSession session, int fired) {
        List<ApplicabilityReason> reasons = new ArrayList<>();
        Set<String> applying = new HashSet<>();
        List<Violation> violations = new ArrayList<>();
        List<InScope> scopes = new ArrayList<>();
        List<Deadline> deadlines = new ArrayList<>();
        for (Object fact : session.getObjects()) {
            if (fact instanceof ApplicabilityReason reason) {
                reasons.add(reason);
            } else if (fact instanceof FrameworkApplies applies) {
                applying.add(applies.framework());
            } else if (fact instanceof Violation violation) {
                violations.add(violation);
            } else if (fact instanceof InScope scope) {
                scopes.add(scope);
            } else if (fact instanceof Deadline deadline) {
                deadlines.add(deadline);
            }
        }
        // The session hands its facts out in no fixed order; sorted, the same answers always give the same result.
        reasons.sort(Comparator.comparing(ApplicabilityReason::framework).thenComparing(ApplicabilityReason::code)
                .thenComparing(ApplicabilityReason::applies).thenComparing(reason -> pointers(reason.triggeredBy())));
        violations.sort(Comparator.comparing(Violation::check).thenComparing(violation -> pointers(violation.triggeredBy()))
                .thenComparing(Violation::raisedSeverity, Comparator.nullsFirst(Comparator.naturalOrder())));
        scopes.sort(Comparator.comparing(InScope::check).thenComparing(scope -> pointers(scope.triggeredBy())));
        deadlines.sort(Comparator.comparing(Deadline::kind).thenComparing(Deadline::framework).thenComparingDouble(Deadline::amount)
                .thenComparing(Deadline::unit).thenComparing(Deadline::citation));
        return new EngineOutcome(reasons, applying, violations, scopes, deadlines, fired);
    }

    private static String pointers(List<Answer> answers) {
        return answers.stream().map(Answer::pointer).collect(Collectors.joining(" "));
    }

    /** The innermost message, without exception class names: callers see a reason, not internals. */
    private static String causeText(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null || root == e ? "" : ": " + root.getMessage();
    }

    /**
     * Lets no more rules fire once the time is up or the thread is interrupted (a reload that gave up on its
     * cases); checked before each firing.
     */
    private static final class TimeLimit implements AgendaFilter {
        private final long deadlineNanos;
        private boolean passed;
        private boolean interrupted;

        TimeLimit(long deadlineNanos) {
            this.deadlineNanos = deadlineNanos;
        }

        @Override
        public boolean accept(org.kie.api.runtime.rule.Match match) {
            if (System.nanoTime() > deadlineNanos) {
                passed = true;
            }
            if (Thread.interrupted()) {
                interrupted = true;
            }
            return !passed && !interrupted;
        }
    }
}
