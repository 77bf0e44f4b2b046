package dev.attest.diff.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.assessment.StoredAssessment;
import dev.attest.assessment.service.AssessmentService;
import dev.attest.diff.AssessmentDiff;
import dev.attest.diff.Cause;
import dev.attest.diff.ChangedAnswer;
import dev.attest.diff.FindingChange;
import dev.attest.evaluation.rest.EvaluationRequest;
import dev.attest.rules.service.RulebaseRegistry;
import dev.attest.workspace.CurrentWorkspace;
import dev.attest.support.ExampleFiles;
import dev.attest.support.RulesCopyProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The shoe shop assessed a year apart. Where the rules change in between, a copy of {@code rules/} gets two
 * thresholds that come into force on 2027-06-01 (so the packs' own cases, dated earlier, still pass): rights requests
 * must be answered within 15 days at most, and customer accounts should not need credentials.
 */
@QuarkusTest
@TestProfile(RulesCopyProfile.class)
class DiffServiceTest {

    private static final String LAST_YEAR = "2026-11-28";
    private static final String THIS_YEAR = "2027-11-28";
    private static final String GDPR_CHANGE = """

            # Added by DiffServiceTest: a threshold lowered in mid-2027.
            - { name: gdpr.rights_response_max_days, value: 15, effectiveFrom: "2027-06-01", source: "test" }
            """;
    private static final String MINIMISATION_CHANGE = """

            # Added by DiffServiceTest: from mid-2027 an account should not need credentials (a test fiction).
            - name: min.excess.customer_account
              value: "government_id,precise_location,employment,bank_account,credentials"
              effectiveFrom: "2027-06-01"
              source: "test"
            """;

    private final Path gdprParameters = RulesCopyProfile.RULES_COPY.resolve("gdpr/gdpr.params.yaml");
    private final Path minimisationParameters = RulesCopyProfile.RULES_COPY.resolve("minimisation/minimisation.params.yaml");

    @Inject
    AssessmentService assessments;

    @Inject
    DiffService diffs;

    @Inject
    CurrentWorkspace workspace;

    @Inject
    RulebaseRegistry registry;

    private String originalGdpr;
    private String originalMinimisation;

    @AfterEach
    void restoreTheRules() throws IOException {
        if (originalGdpr != null) {
            Files.writeString(gdprParameters, originalGdpr);
            Files.writeString(minimisationParameters, originalMinimisation);
            originalGdpr = null;
            assertThat(registry.reload().accepted()).isTrue();
        }
    }

    @Test
    void shouldAttributeAResolvedFindingToTheAnswersWhenTheSameRulesJudgedBoth() {
        StoredAssessment older = store(LAST_YEAR, answers -> { });
        StoredAssessment newer = store(THIS_YEAR, answers -> answers.put("consent_preticked", false));

        AssessmentDiff diff = diffs.diff(older, newer);

        assertThat(diff.older().rulebaseVersion()).isEqualTo(diff.newer().rulebaseVersion());
        assertThat(diff.rerun()).as("another date may bring other thresholds into force").isTrue();
        assertThat(diff.newFindings()).isEmpty();
        assertThat(diff.resolved()).extracting(FindingChange::check, FindingChange::cause)
                .containsExactlyInAnyOrder(tuple("GDPR-ART7-PRETICKED", Cause.ANSWERS_CHANGED),
                        tuple("MIN-PRIVACY-DEFAULTS", Cause.ANSWERS_CHANGED));
        assertThat(diff.resolved()).allSatisfy(finding -> {
            assertThat(finding.changedAnswers()).extracting(ChangedAnswer::pointer).containsExactly("/consent_preticked");
            assertThat(finding.rules()).isNull();
        });
        assertThat(diff.unchanged()).extracting(FindingChange::check).contains("GDPR-ART5-RETENTION");
        assertThat(diff.changedParameters()).isEmpty();
        assertThat(diff.overall().change()).isPositive();
    }

    @Test
    void shouldNotRerunWhenTheSameRulesJudgedBothOnTheSameDate() {
        StoredAssessment older = store(LAST_YEAR, answers -> { });
        StoredAssessment newer = store(LAST_YEAR, answers -> answers.put("consent_preticked", false));

        AssessmentDiff diff = diffs.diff(older, newer);

        assertThat(diff.rerun()).isFalse();
        assertThat(diff.resolved()).extracting(FindingChange::check, FindingChange::cause, FindingChange::rerunOutcome)
                .containsExactlyInAnyOrder(tuple("GDPR-ART7-PRETICKED", Cause.ANSWERS_CHANGED, null),
                        tuple("MIN-PRIVACY-DEFAULTS", Cause.ANSWERS_CHANGED, null));
    }

    @Test
    void shouldAttributeNewFindingsToTheRulesWhenThresholdsChangedBetweenTwoYears() throws IOException {
        StoredAssessment older = store(LAST_YEAR, answers -> { });
        changeTheRules();
        StoredAssessment newer = store(THIS_YEAR, answers -> { });

        AssessmentDiff diff = diffs.diff(older, newer);

        assertThat(diff.newer().rulebaseVersion()).isNotEqualTo(diff.older().rulebaseVersion());
        assertThat(diff.newFindings()).extracting(FindingChange::check, FindingChange::cause)
                .containsExactlyInAnyOrder(tuple("GDPR-ART12-ACCESS-DEADLINE", Cause.RULES_CHANGED),
                        tuple("MIN-NO-EXCESS-FIELDS", Cause.RULES_CHANGED));
        FindingChange deadline = finding(diff, "GDPR-ART12-ACCESS-DEADLINE");
        assertThat(deadline.changedAnswers()).isEmpty();
        assertThat(deadline.rules().olderVersion()).isEqualTo(older.result().rulebaseVersion());
        assertThat(deadline.rules().newerVersion()).isEqualTo(newer.result().rulebaseVersion());
        assertThat(diff.resolved()).isEmpty();
        assertThat(diff.changedAnswers()).isEmpty();
        assertThat(diff.changedParameters()).extracting(AssessmentDiff.ParameterChange::name)
                .containsExactlyInAnyOrder("gdpr.rights_response_max_days", "min.excess.customer_account");
    }

    @Test
    void shouldAttributeEachFindingToItsOwnCauseWhenAnswersAndRulesBothChanged() throws IOException {
        StoredAssessment older = store(LAST_YEAR, answers -> answers.put("rights_response_days", 10));
        changeTheRules();
        StoredAssessment newer = store(THIS_YEAR, answers -> answers.put("consent_preticked", false).put("rights_response_days", 20));

        AssessmentDiff diff = diffs.diff(older, newer);

        assertThat(diff.resolved()).extracting(FindingChange::check, FindingChange::cause)
                .containsExactlyInAnyOrder(tuple("GDPR-ART7-PRETICKED", Cause.ANSWERS_CHANGED),
                        tuple("MIN-PRIVACY-DEFAULTS", Cause.ANSWERS_CHANGED));
        // 10 days passes the new limit of 15, and 20 days passed the old limit of 92: it took both changes.
        assertThat(diff.newFindings()).extracting(FindingChange::check, FindingChange::cause)
                .containsExactlyInAnyOrder(tuple("GDPR-ART12-ACCESS-DEADLINE", Cause.BOTH),
                        tuple("MIN-NO-EXCESS-FIELDS", Cause.RULES_CHANGED));
        FindingChange deadline = finding(diff, "GDPR-ART12-ACCESS-DEADLINE");
        assertThat(deadline.changedAnswers()).singleElement().satisfies(change -> {
            assertThat(change.pointer()).isEqualTo("/rights_response_days");
            assertThat(change.older().asInt()).isEqualTo(10);
            assertThat(change.newer().asInt()).isEqualTo(20);
        });
        assertThat(deadline.rules()).isNotNull();
        assertThat(finding(diff, "MIN-NO-EXCESS-FIELDS").changedAnswers()).isEmpty();
    }

    @Test
    void shouldDiffTheSameWayWhicheverIdComesFirst() {
        StoredAssessment older = store(LAST_YEAR, answers -> { });
        StoredAssessment newer = store(THIS_YEAR, answers -> answers.put("consent_preticked", false));

        AssessmentDiff diff = diffs.between(newer.id(), older.id());

        assertThat(diff.older().id()).isEqualTo(older.id());
        assertThat(diff.newer().id()).isEqualTo(newer.id());
        assertThat(diff.resolved()).extracting(FindingChange::check).contains("GDPR-ART7-PRETICKED");
    }

    private StoredAssessment store(String date, Consumer<ObjectNode> change) {
        ObjectNode answers = (ObjectNode) ExampleFiles.json("shoe-shop").get("answers");
        change.accept(answers);
        // A test calls the service the way the web form does: for the self-service workspace.
        workspace.selfService();
        return assessments.create(new EvaluationRequest("core", date, answers));
    }

    private void changeTheRules() throws IOException {
        originalGdpr = Files.readString(gdprParameters);
        originalMinimisation = Files.readString(minimisationParameters);
        Files.writeString(gdprParameters, originalGdpr + GDPR_CHANGE);
        Files.writeString(minimisationParameters, originalMinimisation + MINIMISATION_CHANGE);
        assertThat(registry.reload().accepted()).as("the changed rules pass the packs' cases").isTrue();
    }

    private static FindingChange finding(AssessmentDiff diff, String check) {
        return diff.newFindings().stream().filter(finding -> finding.check().equals(check)).findFirst().orElseThrow();
    }
}
