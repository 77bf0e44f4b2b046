package dev.attest.actionplan.mapping;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import dev.attest.actionplan.OrganisationActionPlan;
import dev.attest.actionplan.OrganisationActionPlan.Task;

/**
 * An organisation's action plan as CSV, one row per task: the latest plan's tasks first (most severe finding first),
 * then the resolved ones. RFC 4180 with CRLF line ends, UTF-8 with a byte-order mark so spreadsheet programs read
 * Cyrillic right; the header holds stable English column ids in every language, the texts follow the language asked
 * for. Same format rules as the per-assessment action-plan CSV.
 */
@ApplicationScoped
public class TaskCsvWriter {

    public static final List<String> COLUMNS = List.of("plan", "severity", "checkId", "citation", "finding", "step",
            "action", "status", "owner", "dueDate", "riskReason", "notes", "findingStillPresent", "firstAssessmentId",
            "lastAssessmentId", "resolvedByAssessmentId", "resolvedOn", "updatedAt", "closedAt");
    static final String CURRENT = "current";
    static final String RESOLVED = "resolved";
    private static final String BOM = "\uFEFF";
    private static final String CRLF = "\r\n";

    public byte[] write(OrganisationActionPlan plan) {
        StringBuilder csv = new StringBuilder(BOM);
        row(csv, COLUMNS);
        plan.tasks().forEach(task -> row(csv, fields(CURRENT, task)));
        plan.resolved().forEach(task -> row(csv, fields(RESOLVED, task)));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> fields(String section, Task task) {
        List<Object> values = new ArrayList<>(List.of(section));
        values.addAll(Arrays.asList(task.severity(), task.checkId(), task.citation(), task.title(),
                task.stepNumber(), task.text(), task.status(), task.owner(), task.dueDate(), task.riskReason(),
                task.notes(), task.findingStillPresent(), task.firstAssessmentId(), task.lastAssessmentId(),
                task.resolvedByAssessmentId(), task.resolvedOn(), task.updatedAt(), task.closedAt()));
        return values.stream().map(value -> Objects.toString(value, "")).toList();
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
}
