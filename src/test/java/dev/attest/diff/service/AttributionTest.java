package dev.attest.diff.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.attest.diff.Cause;
import dev.attest.diff.service.Attribution.Rerun;

/** The decision table, with O older, R older answers under newer rules, A newer answers under older rules, N newer. */
class AttributionTest {

    private static final String PASSED = "passed";
    private static final String FAILED = "failed";
    private static final String UNVERIFIED = "unverified";

    @Test
    void shouldBlameTheAnswersWhenNothingWasRerun() {
        assertThat(Attribution.of(PASSED, null, null, FAILED)).isEqualTo(Cause.ANSWERS_CHANGED);
    }

    @Test
    void shouldBlameTheAnswersWhenTheNewRulesLeaveTheOldAnswersAsTheyWere() {
        assertThat(Attribution.of(PASSED, rerun(PASSED), rerun(FAILED), FAILED)).isEqualTo(Cause.ANSWERS_CHANGED);
    }

    @Test
    void shouldBlameTheRulesWhenTheyAloneGiveTheNewerOutcome() {
        assertThat(Attribution.of(PASSED, rerun(FAILED), rerun(PASSED), FAILED)).isEqualTo(Cause.RULES_CHANGED);
    }

    @Test
    void shouldDecideFromTheRulesAloneWhenTheOlderRulesCannotBeRerun() {
        assertThat(Attribution.of(PASSED, rerun(FAILED), null, FAILED)).isEqualTo(Cause.RULES_CHANGED);
        assertThat(Attribution.of(PASSED, rerun(PASSED), null, FAILED)).isEqualTo(Cause.ANSWERS_CHANGED);
    }

    @Test
    void shouldBlameBothWhenTheChangeNeededBoth() {
        assertThat(Attribution.of(PASSED, rerun(PASSED), rerun(PASSED), FAILED)).isEqualTo(Cause.BOTH);
    }

    @Test
    void shouldBlameBothWhenEachAloneWouldHaveMadeIt() {
        assertThat(Attribution.of(PASSED, rerun(FAILED), rerun(FAILED), FAILED)).isEqualTo(Cause.BOTH);
    }

    @Test
    void shouldBlameBothWhenEachMovedItAStep() {
        assertThat(Attribution.of(PASSED, rerun(UNVERIFIED), rerun(PASSED), FAILED)).isEqualTo(Cause.BOTH);
    }

    @Test
    void shouldNotConfuseARerunThatGaveNothingWithNoRerun() {
        assertThat(Attribution.of("high", new Rerun<String>(null), rerun("high"), null)).isEqualTo(Cause.RULES_CHANGED);
    }

    private static Rerun<String> rerun(String value) {
        return new Rerun<>(value);
    }
}
