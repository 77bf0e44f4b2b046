package dev.attest.report.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.attest.actionplan.StepKey;
import dev.attest.actionplan.Ticks;
import dev.attest.evaluation.rest.EvaluationView;
import dev.attest.evaluation.rest.EvaluationView.FindingView;

class ActionPlanWriterTest {

    @Test
    void shouldQuoteFieldsWithQuotesCommasAndLineBreaks() {
        FindingView finding = new FindingView("X-1", "GDPR", "GDPR Art. 1", "low", "A \"quoted\" title",
                "explanation", List.of(), List.of("Plain step", "Say \"no\", then stop", "Two\nlines"), true, null);
        EvaluationView result = new EvaluationView(null, null, LocalDate.of(2026, 1, 1), "en", List.of(), null,
                List.of(finding), List.of(), List.of(), List.of(), List.of(), false, null);

        String csv = new String(new ActionPlanWriter().write(result, Ticks.none()), StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo("\uFEFFseverity,ruleId,citation,finding,step,action,status,doneAt\r\n"
                + "low,X-1,GDPR Art. 1,\"A \"\"quoted\"\" title\",1,Plain step,open,\r\n"
                + "low,X-1,GDPR Art. 1,\"A \"\"quoted\"\" title\",2,\"Say \"\"no\"\", then stop\",open,\r\n"
                + "low,X-1,GDPR Art. 1,\"A \"\"quoted\"\" title\",3,\"Two\nlines\",open,\r\n");
    }

    @Test
    void shouldMarkTickedStepsDoneWithTheTimeTheyWereTicked() {
        FindingView finding = new FindingView("X-1", "GDPR", "GDPR Art. 1", "low", "Title", "explanation", List.of(),
                List.of("First", "Second", "Third"), true, null);
        EvaluationView result = new EvaluationView(null, null, LocalDate.of(2026, 1, 1), "en", List.of(), null,
                List.of(finding), List.of(), List.of(), List.of(), List.of(), false, null);
        Ticks ticks = new Ticks(Map.of(new StepKey("X-1", 2), Instant.parse("2026-02-03T10:15:30Z"),
                new StepKey("OTHER", 1), Instant.parse("2026-02-03T10:15:30Z")));

        String csv = new String(new ActionPlanWriter().write(result, ticks), StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo("\uFEFFseverity,ruleId,citation,finding,step,action,status,doneAt\r\n"
                + "low,X-1,GDPR Art. 1,Title,1,First,open,\r\n"
                + "low,X-1,GDPR Art. 1,Title,2,Second,done,2026-02-03T10:15:30Z\r\n"
                + "low,X-1,GDPR Art. 1,Title,3,Third,open,\r\n");
    }
}
