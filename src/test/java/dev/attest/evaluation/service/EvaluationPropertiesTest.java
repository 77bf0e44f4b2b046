package dev.attest.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.evaluation.EvaluationResult;
import dev.attest.evaluation.FrameworkScore;
import dev.attest.questionnaire.Question;
import dev.attest.rules.fact.Answer;
import dev.attest.rules.model.AnswerRef;
import dev.attest.rules.model.Check;
import dev.attest.rules.model.CheckOutcome;
import dev.attest.rules.model.CheckResult;
import dev.attest.rules.model.FrameworkApplicability;
import dev.attest.support.AnswerSets;
import dev.attest.support.Choices;
import dev.attest.support.Tries;

/**
 * Properties of the whole evaluation (validation, rules, scoring) over generated answer sets of the real {@code core}
 * questionnaire and rulebase, run without the application: the order of answers does not matter, the same answers
 * always give the same result, a compliant answer in place of "don't know" never lowers a score, and every finding is
 * a check of the catalogue with its citation.
 */
class EvaluationPropertiesTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 28);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern ROW = Pattern.compile("^/([^/]+)/(\\d+)(/.*)?$");

    private static StandaloneEvaluation evaluation;
    private static AnswerSets answerSets;

    @BeforeAll
    static void compileTheRulebaseOnce() {
        evaluation = StandaloneEvaluation.ofCore();
        answerSets = new AnswerSets(evaluation.questionnaire());
    }

    @Test
    void shouldGiveTheSameResultWhateverTheOrderOfTheKeys() {
        Tries.run("key order does not change the result", 25, seed -> {
            Choices choices = Choices.seeded(seed);
            ObjectNode answers = answerSets.valid(choices);
            EvaluationResult result = evaluation.evaluate(answers, DATE);
            assertThat(evaluation.evaluate(shuffleKeys(answers, choices), DATE)).isEqualTo(result);
        });
    }

    @Test
    void shouldGiveTheSameOutcomesWhateverTheOrderOfTheEntriesOfARepeatedGroup() {
        Tries.run("entry order does not change the outcomes", 25, seed -> {
            Choices choices = Choices.seeded(seed);
            ObjectNode answers = answerSets.valid(choices);
            Map<String, int[]> formerIndex = new HashMap<>();
            ObjectNode reordered = shuffleEntries(answers, choices, formerIndex);
            assertThat(outcomes(evaluation.evaluate(reordered, DATE), formerIndex))
                    .isEqualTo(outcomes(evaluation.evaluate(answers, DATE), Map.of()));
        });
    }

    @Test
    void shouldGiveTheSameResultWhenEvaluatedTwice() {
        Tries.run("evaluating twice gives the same result", 20, seed -> {
            ObjectNode answers = answerSets.valid(Choices.seeded(seed));
            EvaluationResult first = evaluation.evaluate(answers, DATE);
            assertThat(evaluation.evaluate(answers.deepCopy(), DATE)).isEqualTo(first);
            assertThat(evaluation.evaluate(answers, DATE)).isEqualTo(first);
        });
    }

    @Test
    void shouldNeverLowerAScoreWhenDontKnowBecomesACompliantAnswer() {
        AtomicInteger compared = new AtomicInteger();
        int tries = Tries.run("a compliant answer for don't know never lowers a score", 30, seed -> {
            Choices choices = Choices.seeded(seed);
            ObjectNode answers = answerSets.valid(choices);
            List<DontKnow> unknowns = dontKnows(answers);
            if (unknowns.isEmpty()) {
                return;
            }
            DontKnow unknown = choices.oneOf(unknowns);
            EvaluationResult before = evaluation.evaluate(answers, DATE);
            var shownBefore = evaluation.validator().visibility(evaluation.questionnaire(), answers);
            for (JsonNode candidate : answerSets.candidates(unknown.question())) {
                ObjectNode replaced = answers.deepCopy();
                unknown.set(replaced, candidate);
                if (!evaluation.validator().visibility(evaluation.questionnaire(), replaced).equals(shownBefore)) {
                    continue; // it would change which questions are asked: not the same business answering one more question
                }
                EvaluationResult after = evaluation.evaluate(replaced, DATE);
                if (!applicability(after).equals(applicability(before)) || failsACheckReading(after, unknown.path())) {
                    continue; // applicability moved, or the answer is not a compliant one
                }
                compared.incrementAndGet();
                assertNoScoreLower(before, after, unknown, candidate);
            }
        });
        assertThat(compared.get()).as("compliant replacements compared").isGreaterThanOrEqualTo(tries / 2);
    }

    @Test
    void shouldCiteACheckOfTheCatalogueInEveryFinding() {
        Map<String, Check> catalogue = evaluation.rulebase().checks();
        Tries.run("every finding cites a check of the catalogue", 25, seed -> {
            EvaluationResult result = evaluation.evaluate(answerSets.valid(Choices.seeded(seed)), DATE);
            assertThat(result.checks()).extracting(CheckResult::check).containsExactlyInAnyOrderElementsOf(catalogue.keySet());
            for (CheckResult finding : result.checks().stream().filter(check -> check.outcome() == CheckOutcome.FAILED).toList()) {
                Check check = catalogue.get(finding.check());
                assertThat(check).as(finding.check()).isNotNull();
                assertThat(finding.citation()).isNotBlank().isEqualTo(check.citation());
                assertThat(finding.framework()).isEqualTo(check.framework());
                assertThat(evaluation.rulebase().texts().check(finding.check())).as("texts of %s", finding.check()).isPresent();
                assertThat(finding.triggeredBy()).as("answers behind %s", finding.check()).isNotEmpty();
            }
        });
    }

    private static void assertNoScoreLower(EvaluationResult before, EvaluationResult after, DontKnow unknown, JsonNode candidate) {
        String change = unknown.pointer() + ": dont_know -> " + candidate;
        Map<String, Integer> scoresBefore = frameworkScores(before);
        frameworkScores(after).forEach((framework, score) -> {
            if (scoresBefore.get(framework) != null && score != null) {
                assertThat(score).as("%s score after %s", framework, change).isGreaterThanOrEqualTo(scoresBefore.get(framework));
            }
        });
        if (before.scores().overall() != null && after.scores().overall() != null) {
            assertThat(after.scores().overall()).as("overall score after %s", change).isGreaterThanOrEqualTo(before.scores().overall());
        }
    }

    private static Map<String, Integer> frameworkScores(EvaluationResult result) {
        Map<String, Integer> scores = new HashMap<>();
        result.scores().frameworks().forEach(framework -> scores.put(framework.framework(), framework.score()));
        return scores;
    }

    /**
     * The frameworks that apply and the checks that are relevant (the README's "not applicable" is per check too): a
     * check that stops applying takes its weight out of the score whether it passed or not, e.g. staff training for a
     * business whose headcount turns out to be one, which the long run of docs/reliability.md met.
     */
    private static List<String> applicability(EvaluationResult result) {
        List<String> applicable = new ArrayList<>(result.applicability().stream().filter(FrameworkApplicability::applies)
                .map(FrameworkApplicability::framework).toList());
        result.checks().stream().filter(check -> check.outcome() != CheckOutcome.NOT_APPLICABLE).forEach(check -> applicable.add(check.check()));
        return applicable;
    }

    private static boolean failsACheckReading(EvaluationResult result, String question) {
        return result.checks().stream().filter(check -> check.outcome() == CheckOutcome.FAILED)
                .map(check -> evaluation.rulebase().checks().get(check.check()))
                .anyMatch(check -> check.inputs().contains(question));
    }

    /** A "don't know" answer: a top-level question, or a field of one entry of a repeated group. */
    private record DontKnow(Question question, String path, String pointer, String group, int index) {
        void set(ObjectNode answers, JsonNode value) {
            if (group == null) {
                answers.set(question.id(), value);
            } else {
                ((ObjectNode) answers.get(group).get(index)).set(question.id(), value);
            }
        }
    }

    private static List<DontKnow> dontKnows(ObjectNode answers) {
        List<DontKnow> found = new ArrayList<>();
        for (Question question : evaluation.questionnaire().questions()) {
            JsonNode value = answers.get(question.id());
            if (value == null) {
                continue;
            }
            if (!question.isGroup() && Answer.DONT_KNOW.equals(value.asText(null))) {
                found.add(new DontKnow(question, question.id(), "/" + question.id(), null, -1));
            }
            for (int index = 0; question.isGroup() && value.isArray() && index < value.size(); index++) {
                for (Question field : question.fields()) {
                    if (Answer.DONT_KNOW.equals(value.get(index).path(field.id()).asText(null))) {
                        found.add(new DontKnow(field, question.id() + "." + field.id(),
                                "/" + question.id() + "/" + index + "/" + field.id(), question.id(), index));
                    }
                }
            }
        }
        return found;
    }

    /** The same answers with the keys of the object and of every entry in another order. */
    private static ObjectNode shuffleKeys(ObjectNode object, Choices choices) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        java.util.Collections.shuffle(keys, new java.util.Random(choices.below(Integer.MAX_VALUE)));
        ObjectNode shuffled = NODES.objectNode();
        for (String key : keys) {
            JsonNode value = object.get(key);
            if (value instanceof ArrayNode entries) {
                ArrayNode copy = shuffled.putArray(key);
                entries.forEach(entry -> copy.add(entry instanceof ObjectNode fields ? shuffleKeys(fields, choices) : entry));
            } else {
                shuffled.set(key, value);
            }
        }
        return shuffled;
    }

    /** The same answers with the entries of each repeated group in another order; {@code formerIndex} maps them back. */
    private static ObjectNode shuffleEntries(ObjectNode answers, Choices choices, Map<String, int[]> formerIndex) {
        ObjectNode reordered = answers.deepCopy();
        for (Question group : evaluation.questionnaire().questions().stream().filter(Question::isGroup).toList()) {
            if (reordered.get(group.id()) instanceof ArrayNode entries) {
                List<Integer> order = new ArrayList<>();
                for (int index = 0; index < entries.size(); index++) {
                    order.add(index);
                }
                java.util.Collections.shuffle(order, new java.util.Random(choices.below(Integer.MAX_VALUE)));
                ArrayNode shuffled = NODES.arrayNode();
                order.forEach(index -> shuffled.add(entries.get(index)));
                reordered.set(group.id(), shuffled);
                formerIndex.put(group.id(), order.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        return reordered;
    }

    /**
     * What a result says, independent of where the entries stood: applicability with reasons, every check's outcome,
     * severity and the answers behind it (pointers mapped back to the original entries), the scores.
     */
    private static List<String> outcomes(EvaluationResult result, Map<String, int[]> formerIndex) {
        List<String> lines = new ArrayList<>();
        for (FrameworkApplicability framework : result.applicability()) {
            for (FrameworkApplicability.Reason reason : framework.reasons()) {
                lines.add(framework.framework() + " " + framework.applies() + " " + reason.code() + " " + pointers(reason.triggeredBy(), formerIndex));
            }
        }
        result.checks().stream().sorted(Comparator.comparing(CheckResult::check)).forEach(check -> lines.add(check.check() + " "
                + check.outcome() + " " + check.severity() + " " + pointers(check.triggeredBy(), formerIndex) + " "
                + pointers(check.openAnswers(), formerIndex)));
        for (FrameworkScore score : result.scores().frameworks()) {
            lines.add(score.framework() + " " + score.status() + " " + score.score() + " " + score.band());
        }
        lines.add("overall " + result.scores().overall() + " " + result.scores().band());
        return lines;
    }

    private static TreeSet<String> pointers(List<AnswerRef> refs, Map<String, int[]> formerIndex) {
        TreeSet<String> pointers = new TreeSet<>();
        for (AnswerRef ref : refs) {
            Matcher row = ROW.matcher(ref.pointer());
            if (row.matches() && formerIndex.containsKey(row.group(1))) {
                int former = formerIndex.get(row.group(1))[Integer.parseInt(row.group(2))];
                pointers.add("/" + row.group(1) + "/" + former + (row.group(3) == null ? "" : row.group(3)) + "=" + ref.answer());
            } else {
                pointers.add(ref.pointer() + "=" + ref.answer());
            }
        }
        return pointers;
    }
}
