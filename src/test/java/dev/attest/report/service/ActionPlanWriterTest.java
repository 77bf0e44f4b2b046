package dev.attest.report.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.attest.evaluation.rest.EvaluationView;
import dev.attest.evaluation.rest.EvaluationView.FindingView;

class ActionPlanWriterTest {

    @Test
    void shouldQuoteFieldsWithQuotesCommasAndLineBreaks() {
        FindingView finding = new FindingView("X-1", "GDPR", "GDPR Art. 1", "low", "A \"quoted\" title",
                "explanation", List.of(), List.of("Plain step", "Say \"no\", then stop", "Two\nlines"), true, null);
        EvaluationView result = new EvaluationView(null, null, LocalDate.of(2026, 1, 1), "en", List.of(), null,
                List.of(finding), List.of(), List.of(), List.of(), List.of(), false, null);

        String csv = new String(new ActionPlanWriter().write(result), StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo("\uFEFFseverity,ruleId,citation,finding,step,action,status\r\n"
                + "low,X-1,GDPR Art. 1,\"A \"\"quoted\"\" title\",1,Plain step,open\r\n"
                + "low,X-1,GDPR Art. 1,\"A \"\"quoted\"\" title\",2,\"Say \"\"no\"\", then stop\",open\r\n"
                + "low,X-1,GDPR Art. 1,\"A \"\"quoted\"\" title\",3,\"Two\nlines\",open\r\n");
    }
}
