package dev.attest.actionplan.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import dev.attest.actionplan.ActionPlan;
import dev.attest.actionplan.ActionPlanStep;
import dev.attest.actionplan.StepKey;
import dev.attest.actionplan.Ticks;
import dev.attest.actionplan.mapping.ActionPlanMapper;
import dev.attest.assessment.service.AssessmentService;
import dev.attest.evaluation.mapping.ResultRenderer;
import dev.attest.evaluation.rest.EvaluationView.FindingView;
import dev.attest.platform.i18n.Language;
import dev.attest.platform.persistence.FirstInsertRace;
import dev.attest.platform.problem.FieldError;
import dev.attest.platform.problem.InvalidRequestException;
import dev.attest.platform.problem.ResourceNotFoundException;
import dev.attest.workspace.CurrentWorkspace;

/**
 * Ticking off an assessment's action plan. Only a finding of that assessment can be ticked, and only a step its
 * remediation lists. The ticks are kept beside the assessment: its stored result is never touched.
 */
@ApplicationScoped
public class ActionPlanService {

    @Inject
    AssessmentService assessments;

    @Inject
    ResultRenderer renderer;

    @Inject
    ActionPlanMapper mapper;

    @Inject
    CurrentWorkspace workspace;

    @Inject
    Clock clock;

    @Transactional
    public Optional<ActionPlan> plan(String assessmentId, Language language) {
        return findings(assessmentId, language).map(findings -> mapper.plan(findings, ticks(assessmentId)));
    }

    @Transactional
    public Ticks ticks(String assessmentId) {
        Map<StepKey, Instant> done = new HashMap<>();
        for (ActionPlanStep step : ActionPlanStep.ofAssessment(workspace.id(), assessmentId)) {
            if (step.done) {
                done.put(new StepKey(step.checkId, step.stepNumber), step.doneAt);
            }
        }
        return new Ticks(done);
    }

    /**
     * Sets or clears one step from the API body {@code {"done": true}}; {@code number} is the path segment as sent.
     * Returns the step as it now is. A step's first tick creates its row, so two at once are settled by
     * {@link FirstInsertRace}.
     */
    public ActionPlan.Step tick(String assessmentId, String checkId, String number, JsonNode body, Language language) {
        List<FieldError> errors = new ArrayList<>();
        int stepNumber = StepNumbers.parse(number, "number", errors);
        JsonNode done = body == null ? null : body.get("done");
        if (done == null || !done.isBoolean()) {
            errors.add(FieldError.body("/done", "required: true (the step is done) or false (it is not)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return FirstInsertRace.retryOnce(ActionPlanStep.UNIQUE_CONSTRAINT,
                () -> tick(assessmentId, checkId, number, stepNumber, done.booleanValue(), language));
    }

    private ActionPlan.Step tick(String assessmentId, String checkId, String number, int stepNumber, boolean done,
            Language language) {
        List<FindingView> findings = findings(assessmentId, language)
                .orElseThrow(() -> new ResourceNotFoundException("assessment", assessmentId));
        FindingView finding = findings.stream().filter(f -> f.ruleId().equals(checkId)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("finding", checkId, "Assessment '" + assessmentId
                        + "' has no finding '" + checkId + "': only failed checks have action-plan steps"));
        int steps = finding.remediation().size();
        if (stepNumber > steps) {
            throw new ResourceNotFoundException("step", number, "Finding '" + checkId + "' has " + steps
                    + " step(s), numbered from 1; there is no step " + stepNumber);
        }
        set(assessmentId, new StepKey(checkId, stepNumber), done);
        ActionPlanStep.flush();
        return mapper.step(finding, stepNumber, ticks(assessmentId));
    }

    /**
     * Saves the web form: every step the form showed becomes done when its box came back ticked, and not done
     * otherwise, so unticking works without JavaScript. Empty when there is no such assessment.
     */
    public Optional<ActionPlan> save(String assessmentId, List<String> shown, List<String> ticked, Language language) {
        return FirstInsertRace.retryOnce(ActionPlanStep.UNIQUE_CONSTRAINT,
                () -> saveOnce(assessmentId, shown, ticked, language));
    }

    private Optional<ActionPlan> saveOnce(String assessmentId, List<String> shown, List<String> ticked, Language language) {
        Optional<List<FindingView>> findings = findings(assessmentId, language);
        if (findings.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> stepCounts = new HashMap<>();
        findings.get().forEach(finding -> stepCounts.put(finding.ruleId(), finding.remediation().size()));
        Set<StepKey> shownSteps = steps("shown", shown, stepCounts);
        Set<StepKey> doneSteps = steps("done", ticked, stepCounts);
        if (!shownSteps.containsAll(doneSteps)) {
            throw new InvalidRequestException(new FieldError("form", "done", "a ticked step must also be listed as shown"));
        }
        shownSteps.forEach(step -> set(assessmentId, step, doneSteps.contains(step)));
        ActionPlanStep.flush();
        return Optional.of(mapper.plan(findings.get(), ticks(assessmentId)));
    }

    private Optional<List<FindingView>> findings(String assessmentId, Language language) {
        return assessments.find(assessmentId).map(stored -> renderer.render(stored.result(), language).findings());
    }

    /** Keeps the first tick's time while a step stays done, so re-saving a form does not move it. */
    private void set(String assessmentId, StepKey key, boolean done) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<ActionPlanStep> found = ActionPlanStep.find(workspace.id(), assessmentId, key.checkId(), key.number());
        ActionPlanStep step = found.orElseGet(ActionPlanStep::new);
        if (found.isEmpty() || step.done != done) {
            step.done = done;
            step.doneAt = done ? now : null;
        }
        step.updatedAt = now;
        if (found.isEmpty()) {
            step.id = UUID.randomUUID().toString();
            step.assessmentId = assessmentId;
            step.checkId = key.checkId();
            step.stepNumber = key.number();
            step.persist();
        }
    }

    private static Set<StepKey> steps(String field, List<String> values, Map<String, Integer> stepCounts) {
        Set<StepKey> steps = new LinkedHashSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            StepKey key = StepKey.parse(value).filter(k -> k.number() >= 1
                    && k.number() <= stepCounts.getOrDefault(k.checkId(), 0))
                    .orElseThrow(() -> new InvalidRequestException(new FieldError("form", field,
                            "'" + value + "' is not a step of this action plan")));
            steps.add(key);
        }
        return steps;
    }
}
