package dev.attest.report.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.attest.actionplan.Ticks;
import dev.attest.evaluation.rest.EvaluationView;
import dev.attest.evaluation.rest.EvaluationView.FindingView;

/**
 * The action plan as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote
 * or line break, quotes doubled), UTF-8 with a byte-order mark so spreadsheet programs read Cyrillic right.
 * One row per remediation step, most severe finding first, with whether the owner has ticked it off. The header holds stable English column ids in every
 * language, so a tool reading the file back need not know the language; the texts are in the language asked for.
 */
@ApplicationScoped
public class ActionPlanWriter {

    static final List<String> COLUMNS = List.of("severity", "ruleId", "citation", "finding", "step", "action", "status",
            "doneAt");
    static final String OPEN = "open";
    static final String DONE = "done";
    private static final String BOM = "\uFEFF";
    private static final String CRLF = "\r\n";

    /** {@code ticks} gives each step's status: {@code done} with the time it was ticked (ISO 8601, UTC), else {@code open}. */
    public byte[] write(EvaluationView result, Ticks ticks) {
        StringBuilder csv = new StringBuilder(BOM);
        row(csv, COLUMNS);
        for (FindingView finding : result.findings()) {
            List<String> steps = finding.remediation();
            for (int i = 0; i < steps.size(); i++) {
                Instant doneAt = ticks.doneAt(finding.ruleId(), i + 1);
                row(csv, List.of(finding.severity(), finding.ruleId(), nullToEmpty(finding.citation()), finding.title(),
                        String.valueOf(i + 1), steps.get(i), doneAt == null ? OPEN : DONE,
                        doneAt == null ? "" : doneAt.toString()));
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append(CRLF);
    }

    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
