package dev.attest.questionnaire.service;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.attest.questionnaire.ValidatedAnswers;
import dev.attest.support.ExampleFiles;
import io.quarkus.test.junit.QuarkusTest;

/** A small business is asked only what applies to it: showIf keeps the shoe shop's questionnaire short. */
@QuarkusTest
class QuestionnaireLengthTest {

    static final int MOST_QUESTIONS_FOR_A_SMALL_SHOP = 60;

    @Inject
    QuestionnaireCatalog catalog;

    @Inject
    AnswerValidator validator;

    @Test
    void shouldAskTheShoeShopAtMostSixtyQuestions() {
        ValidatedAnswers answers = validator.validate(catalog.find("core").orElseThrow(),
                ExampleFiles.json("shoe-shop").get("answers"));
        assertThat(answers.askedQuestions()).isPositive().isLessThanOrEqualTo(MOST_QUESTIONS_FOR_A_SMALL_SHOP);
    }
}
