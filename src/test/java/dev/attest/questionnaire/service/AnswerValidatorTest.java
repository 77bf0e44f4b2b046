package dev.attest.questionnaire.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.attest.questionnaire.AnswerError;
import dev.attest.questionnaire.IgnoredAnswer;
import dev.attest.questionnaire.InvalidAnswersException;
import dev.attest.questionnaire.Questionnaire;
import dev.attest.questionnaire.UnansweredQuestion;
import dev.attest.questionnaire.ValidatedAnswers;
import dev.attest.rules.fact.Answer;

class AnswerValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Questionnaire questionnaire;
    private final AnswerValidator validator = new AnswerValidator();

    @BeforeEach
    void loadQuestionnaire() throws IOException {
        Files.writeString(dir.resolve("sample.yaml"), """
                id: sample
                title: {en: Sample, ru: Образец}
                sections:
                  - id: only
                    title: {en: Only, ru: Единственный}
                    questions:
                      - id: uses_consent
                        type: yesno
                        required: true
                        dontKnow: true
                        label: {en: "Consent?", ru: "Согласие?"}
                      - id: preticked
                        type: yesno
                        dontKnow: true
                        label: {en: "Pre-ticked?", ru: "Предустановлено?"}
                        showIf: {question: uses_consent, equals: true}
                      - id: employees
                        type: number
                        min: 0
                        label: {en: "Staff?", ru: "Сотрудники?"}
                      - id: dpo_named
                        type: yesno
                        label: {en: "DPO?", ru: "DPO?"}
                        showIf: {question: employees, greaterThan: 19}
                      - id: channels
                        type: multi
                        options:
                          - {value: email, label: {en: E-mail, ru: Почта}}
                          - {value: phone, label: {en: Phone, ru: Телефон}}
                        label: {en: "Channels?", ru: "Каналы?"}
                      - id: purposes
                        type: group
                        required: true
                        minItems: 1
                        label: {en: Purposes, ru: Цели}
                        fields:
                          - id: basis
                            type: single
                            required: true
                            dontKnow: true
                            options:
                              - {value: consent, label: {en: Consent, ru: Согласие}}
                              - {value: none, label: {en: None, ru: Нет}}
                            label: {en: Basis, ru: Основание}
                          - id: retention_defined
                            type: yesno
                            label: {en: "Retention?", ru: "Срок?"}
                          - id: retention_months
                            type: number
                            label: {en: Months, ru: Месяцы}
                            showIf: {field: retention_defined, equals: true}
                """);
        questionnaire = QuestionnaireCatalog.loadFrom(dir).get("sample");
    }

    @Test
    void shouldListEveryBadFieldAtOnce() {
        assertThatThrownBy(() -> validate("""
                {"colour": "red", "uses_consent": "yes", "employees": -1, "channels": ["email", "fax"],
                 "purposes": [{"basis": "contract", "extra": 1}]}
                """))
                .isInstanceOfSatisfying(InvalidAnswersException.class, e -> assertThat(e.errors())
                        .extracting(AnswerError::pointer)
                        .containsExactlyInAnyOrder("/colour", "/uses_consent", "/employees", "/channels",
                                "/purposes/0/extra", "/purposes/0/basis"));
    }

    @Test
    void shouldRequireRequiredQuestions() {
        assertThatThrownBy(() -> validate("{}"))
                .isInstanceOfSatisfying(InvalidAnswersException.class, e -> assertThat(e.errors())
                        .extracting(AnswerError::pointer, AnswerError::reason)
                        .contains(org.assertj.core.groups.Tuple.tuple("/uses_consent", "required: this question must be answered"),
                                org.assertj.core.groups.Tuple.tuple("/purposes", "required: this question must be answered")));
    }

    @Test
    void shouldIgnoreAnswersToHiddenQuestionsAndListThem() {
        ValidatedAnswers answers = validate("""
                {"uses_consent": false, "preticked": true,
                 "purposes": [{"basis": "consent", "retention_defined": false, "retention_months": 12}]}
                """);
        assertThat(answers.ignored()).extracting(IgnoredAnswer::pointer)
                .containsExactly("/preticked", "/purposes/0/retention_months");
        assertThat(answers.answers()).extracting(Answer::question).doesNotContain("preticked", "purposes.retention_months");
    }

    @Test
    void shouldNameGroupFieldsByJsonPointer() {
        ValidatedAnswers answers = validate("""
                {"uses_consent": true, "preticked": false,
                 "purposes": [{"basis": "consent", "retention_defined": true, "retention_months": 24},
                              {"basis": "none", "retention_defined": true, "retention_months": 6}]}
                """);
        assertThat(answers.answers())
                .filteredOn(answer -> answer.question().equals("purposes.basis"))
                .extracting(Answer::pointer, Answer::index, Answer::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/purposes/0/basis", 0, "consent"),
                        org.assertj.core.groups.Tuple.tuple("/purposes/1/basis", 1, "none"));
    }

    @Test
    void shouldShowAQuestionOnlyAboveANumber() {
        assertThat(validate("""
                {"uses_consent": false, "employees": 8, "dpo_named": true, "purposes": [{"basis": "none"}]}
                """).ignored()).extracting(IgnoredAnswer::pointer).containsExactly("/dpo_named");
        assertThat(validate("""
                {"uses_consent": false, "employees": 25, "dpo_named": true, "purposes": [{"basis": "none"}]}
                """).answers()).extracting(Answer::question).contains("dpo_named");
    }

    @Test
    void shouldAcceptDontKnowOnlyWhereAllowed() {
        ValidatedAnswers answers = validate("""
                {"uses_consent": "dont_know", "purposes": [{"basis": "dont_know"}]}
                """);
        assertThat(answers.answers()).filteredOn(Answer::unknown).extracting(Answer::pointer)
                .containsExactly("/uses_consent", "/purposes/0/basis");
        // A "don't know" never satisfies showIf: the question that depends on it stays hidden.
        assertThat(answers.unanswered()).extracting(UnansweredQuestion::pointer)
                .containsExactly("/employees", "/channels", "/purposes/0/retention_defined");

        assertThatThrownBy(() -> validate("""
                {"uses_consent": true, "employees": "dont_know", "purposes": [{"basis": "none"}]}
                """))
                .isInstanceOfSatisfying(InvalidAnswersException.class, e -> assertThat(e.errors())
                        .extracting(AnswerError::pointer).containsExactly("/employees"));
    }

    @Test
    void shouldRefuseAHugeRepeatedGroupWholeWithoutAnErrorPerEntry() {
        // "purposes" sets no maxItems, so the default applies; every entry would be refused on its own, were it read.
        String entries = String.join(",", java.util.Collections.nCopies(100_000, "{\"basis\": \"contract\"}"));
        assertThatThrownBy(() -> validate("{\"uses_consent\": false, \"purposes\": [" + entries + "]}"))
                .isInstanceOfSatisfying(InvalidAnswersException.class, e -> assertThat(e.errors())
                        .extracting(AnswerError::pointer, AnswerError::reason)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("/purposes",
                                "takes at most 1000 entries; 100000 were given")));
    }

    @Test
    void shouldListAHundredErrorsAndCountTheRest() {
        StringBuilder unknown = new StringBuilder("{\"uses_consent\": false, \"purposes\": [{\"basis\": \"none\"}]");
        for (int key = 0; key < 250; key++) {
            unknown.append(", \"colour_").append(key).append("\": 1");
        }
        assertThatThrownBy(() -> validate(unknown.append('}').toString()))
                .isInstanceOfSatisfying(InvalidAnswersException.class, e -> {
                    assertThat(e.errors()).hasSize(AnswerValidator.MAX_ERRORS + 1);
                    assertThat(e.errors().get(0).pointer()).isEqualTo("/colour_0");
                    assertThat(e.errors().get(AnswerValidator.MAX_ERRORS)).isEqualTo(new AnswerError("",
                            "150 more invalid answer(s) not listed; correct the ones listed and send the answers again"));
                });
    }

    private ValidatedAnswers validate(String json) {
        try {
            JsonNode answers = JSON.readTree(json);
            return validator.validate(questionnaire, answers);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
