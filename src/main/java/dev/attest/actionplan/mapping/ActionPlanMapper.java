package dev.attest.actionplan.mapping;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.attest.actionplan.ActionPlan;
import dev.attest.actionplan.Ticks;
import dev.attest.evaluation.rest.EvaluationView.FindingView;

/** Rendered findings and the ticked steps, as one checklist. */
@ApplicationScoped
public class ActionPlanMapper {

    /** Keeps the findings' order: the renderer already lists them most severe first, as the results page does. */
    public ActionPlan plan(List<FindingView> findings, Ticks ticks) {
        List<ActionPlan.Finding> planned = findings.stream().map(finding -> finding(finding, ticks)).toList();
        return new ActionPlan(planned.stream().mapToInt(ActionPlan.Finding::done).sum(),
                planned.stream().mapToInt(ActionPlan.Finding::total).sum(), planned);
    }

    public ActionPlan.Step step(FindingView finding, int number, Ticks ticks) {
        return new ActionPlan.Step(number, finding.remediation().get(number - 1), ticks.isDone(finding.ruleId(), number),
                ticks.doneAt(finding.ruleId(), number));
    }

    private ActionPlan.Finding finding(FindingView finding, Ticks ticks) {
        List<ActionPlan.Step> steps = new ArrayList<>();
        for (int number = 1; number <= finding.remediation().size(); number++) {
            steps.add(step(finding, number, ticks));
        }
        int done = (int) steps.stream().filter(ActionPlan.Step::done).count();
        return new ActionPlan.Finding(finding.ruleId(), finding.title(), finding.severity(), finding.citation(), done,
                steps.size(), List.copyOf(steps));
    }
}
