package dev.attest.diff.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.attest.diff.ChangedAnswer;

class AnswerChangesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldListChangedAddedAndRemovedAnswersByPointer() throws Exception {
        JsonNode older = JSON.readTree("""
                {"employee_count": 8, "notice_items": ["rights"], "purposes": [{"name": "orders", "retention_months": 120}]}""");
        JsonNode newer = JSON.readTree("""
                {"employee_count": 12, "notice_items": ["rights"], "purposes": [{"name": "orders", "retention_months": 60},
                 {"name": "newsletter"}], "uses_trackers": true}""");

        List<ChangedAnswer> changes = AnswerChanges.between(older, newer);

        assertThat(changes).extracting(ChangedAnswer::pointer, ChangedAnswer::question)
                .containsExactly(tuple("/employee_count", "employee_count"),
                        tuple("/purposes/0/retention_months", "purposes.retention_months"),
                        tuple("/purposes/1/name", "purposes.name"),
                        tuple("/uses_trackers", "uses_trackers"));
        assertThat(changes.get(2).older()).isNull();
    }

    @Test
    void shouldListNothingForEqualAnswersWrittenInAnotherOrder() throws Exception {
        JsonNode older = JSON.readTree("""
                {"employee_count": 8, "purposes": [{"name": "orders", "retention_months": 120}]}""");
        JsonNode newer = JSON.readTree("""
                {"purposes": [{"retention_months": 120, "name": "orders"}], "employee_count": 8}""");

        assertThat(AnswerChanges.between(older, newer)).isEmpty();
        assertThat(AnswerChanges.between(older, older)).isEmpty();
    }

    @Test
    void shouldKeepOnlyTheChangesACheckReadsOrNames() throws Exception {
        List<ChangedAnswer> changes = AnswerChanges.between(JSON.readTree("""
                {"a": 1, "b": 1, "purposes": [{"retention_months": 1}]}"""), JSON.readTree("""
                {"a": 2, "b": 2, "purposes": [{"retention_months": 2}]}"""));

        assertThat(AnswerChanges.relevant(changes, Set.of("purposes.retention_months"), Set.of("/b")))
                .extracting(ChangedAnswer::pointer)
                .containsExactly("/b", "/purposes/0/retention_months");
    }
}
