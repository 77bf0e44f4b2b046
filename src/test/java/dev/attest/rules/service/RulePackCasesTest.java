package dev.attest.rules.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.attest.questionnaire.service.QuestionnaireCatalog;
import dev.attest.rules.engine.Rulebase;
import dev.attest.rules.model.Check;
import dev.attest.rules.model.CheckOutcome;
import dev.attest.rules.model.RuleCase;
import dev.attest.rules.model.RuleProblem;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Runs every case of every pack in {@code rules/} as its own test, and checks the packs themselves: every
 * check has a case where it fails and one where it does not, and reads only questions that exist.
 */
@QuarkusTest
class RulePackCasesTest {

    @Inject
    RulebaseRegistry registry;

    @Inject
    RuleCaseRunner runner;

    @Inject
    QuestionnaireCatalog questionnaires;

    @TestFactory
    Stream<DynamicTest> everyCaseOfEveryPack() {
        Rulebase rulebase = registry.current();
        return rulebase.cases().stream().map(ruleCase -> DynamicTest.dynamicTest(
                ruleCase.file() + ": " + ruleCase.name(),
                () -> assertThat(runner.run(rulebase, ruleCase)).extracting(RuleProblem::toString).isEmpty()));
    }

    @Test
    void shouldHaveAFailingAndANonFailingCaseForEveryCheck() {
        Rulebase rulebase = registry.current();
        Map<String, Set<String>> outcomesByCheck = rulebase.cases().stream()
                .flatMap(ruleCase -> ruleCase.expectations().stream())
                .filter(RuleCase.Expectation::aboutCheck)
                .collect(Collectors.groupingBy(RuleCase.Expectation::check,
                        Collectors.mapping(RuleCase.Expectation::outcome, Collectors.toSet())));
        System.out.println(CoverageReport.of(rulebase.checks().values(), outcomesByCheck));
        for (Check check : rulebase.checks().values()) {
            Set<String> outcomes = outcomesByCheck.getOrDefault(check.id(), Set.of());
            assertThat(outcomes).as("cases of %s (%s)", check.id(), check.file()).contains(CheckOutcome.FAILED.code());
            assertThat(outcomes).as("cases of %s (%s)", check.id(), check.file())
                    .containsAnyOf(CheckOutcome.PASSED.code(), CheckOutcome.NOT_APPLICABLE.code());
        }
    }

    @Test
    void shouldReadOnlyQuestionsThatExist() {
        for (Check check : registry.current().checks().values()) {
            for (String input : check.inputs()) {
                boolean exists = questionnaires.all().stream().anyMatch(q -> q.questionOrField(input).isPresent());
                assertThat(exists).as("%s reads question '%s'", check.id(), input).isTrue();
            }
        }
    }

    @Test
    void shouldDeclareTheFrameworksOfThisRelease() {
        assertThat(registry.current().frameworks()).contains("GDPR", "CCPA", "ETHICS", "MINIMISATION", "152-FZ");
        assertThat(registry.current().checks().values().stream().filter(check -> check.framework().equals("GDPR")).count())
                .isGreaterThanOrEqualTo(8);
        assertThat(registry.current().checks().values().stream().filter(check -> check.framework().equals("152-FZ")))
                .hasSizeGreaterThanOrEqualTo(12)
                .allSatisfy(check -> assertThat(check.citation()).startsWith("152-FZ Art. "));
    }

    @Test
    void shouldGiveEveryCheckTextsInEveryLanguage() {
        Rulebase rulebase = registry.current();
        for (Check check : rulebase.checks().values()) {
            var texts = rulebase.texts().check(check.id()).orElseThrow();
            assertThat(texts.title().hasEvery()).as("title of %s", check.id()).isTrue();
            assertThat(texts.explanation().hasEvery()).as("explanation of %s", check.id()).isTrue();
            assertThat(texts.remediation().values()).as("remediation of %s", check.id()).allMatch(steps -> !steps.isEmpty());
        }
        List<String> frameworks = rulebase.frameworks().stream().toList();
        assertThat(frameworks).allMatch(framework -> rulebase.texts().framework(framework).isPresent());
    }
}
