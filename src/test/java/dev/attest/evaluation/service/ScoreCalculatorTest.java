package dev.attest.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.attest.evaluation.Band;
import dev.attest.evaluation.FrameworkScore;
import dev.attest.evaluation.Scores;
import dev.attest.evaluation.config.ScoringConfig;
import dev.attest.platform.config.ConfigDefaults;
import dev.attest.rules.model.CheckOutcome;
import dev.attest.rules.model.CheckResult;
import dev.attest.rules.model.FrameworkApplicability;
import dev.attest.rules.model.Severity;

class ScoreCalculatorTest {

    private final ScoreCalculator calculator = new ScoreCalculator();

    ScoreCalculatorTest() {
        calculator.weights = ConfigDefaults.of(ScoringConfig.class);
    }

    @Test
    void shouldScorePassedWeightOverApplicableWeight() {
        Scores scores = calculator.score(List.of(applies("GDPR")), List.of(
                check("A", "GDPR", CheckOutcome.PASSED, Severity.HIGH),
                check("B", "GDPR", CheckOutcome.FAILED, Severity.MEDIUM),
                check("C", "GDPR", CheckOutcome.UNVERIFIED, Severity.LOW),
                check("D", "GDPR", CheckOutcome.NOT_APPLICABLE, Severity.CRITICAL)));
        FrameworkScore gdpr = scores.frameworks().get(0);
        assertThat(gdpr.applicableWeight()).isEqualTo(4 + 2 + 1);
        assertThat(gdpr.passedWeight()).isEqualTo(4);
        assertThat(gdpr.score()).isEqualTo(57);
        assertThat(gdpr.band()).isEqualTo(Band.AMBER);
        assertThat(scores.overall()).isEqualTo(57);
    }

    @Test
    void shouldNeverScoreAFrameworkThatDoesNotApply() {
        Scores scores = calculator.score(List.of(applies("GDPR"), notApplies("CCPA")), List.of(
                check("A", "GDPR", CheckOutcome.PASSED, Severity.LOW),
                check("B", "CCPA", CheckOutcome.NOT_APPLICABLE, Severity.HIGH)));
        assertThat(scores.frameworks()).extracting(FrameworkScore::framework, FrameworkScore::status, FrameworkScore::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GDPR", "scored", 100),
                        org.assertj.core.groups.Tuple.tuple("CCPA", "not-applicable", null));
        assertThat(scores.band()).isEqualTo(Band.GREEN);
    }

    @Test
    void shouldCallAnApplyingFrameworkWithoutChecksNotAssessed() {
        Scores scores = calculator.score(List.of(applies("ETHICS")), List.of());
        assertThat(scores.frameworks().get(0).status()).isEqualTo("not-assessed");
        assertThat(scores.overall()).isNull();
        assertThat(scores.band()).isEqualTo(Band.NOT_ASSESSED);
    }

    @Test
    void shouldWeightTheOverallScoreByApplicableWeight() {
        Scores scores = calculator.score(List.of(applies("GDPR"), applies("CCPA")), List.of(
                check("A", "GDPR", CheckOutcome.PASSED, Severity.CRITICAL),
                check("B", "GDPR", CheckOutcome.PASSED, Severity.CRITICAL),
                check("C", "CCPA", CheckOutcome.FAILED, Severity.LOW)));
        assertThat(scores.overall()).isEqualTo(94); // (16 + 0) / (16 + 1), rounded down
        assertThat(scores.band()).isEqualTo(Band.GREEN);
    }

    @Test
    void shouldBeRedOnAnyCriticalFindingWhateverTheScore() {
        Scores scores = calculator.score(List.of(applies("GDPR")), List.of(
                check("A", "GDPR", CheckOutcome.FAILED, Severity.CRITICAL),
                check("B", "GDPR", CheckOutcome.PASSED, Severity.CRITICAL),
                check("C", "GDPR", CheckOutcome.PASSED, Severity.CRITICAL)));
        assertThat(scores.overall()).isEqualTo(66);
        assertThat(scores.band()).isEqualTo(Band.RED);
    }

    private static FrameworkApplicability applies(String framework) {
        return new FrameworkApplicability(framework, true, List.of());
    }

    private static FrameworkApplicability notApplies(String framework) {
        return new FrameworkApplicability(framework, false, List.of());
    }

    private static CheckResult check(String id, String framework, CheckOutcome outcome, Severity severity) {
        return new CheckResult(id, framework, framework + " Art. 1", true, outcome, severity, List.of(), List.of());
    }
}
