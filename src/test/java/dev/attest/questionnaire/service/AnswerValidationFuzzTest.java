package dev.attest.questionnaire.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.questionnaire.AnswerError;
import dev.attest.questionnaire.InvalidAnswersException;
import dev.attest.questionnaire.Questionnaire;
import dev.attest.questionnaire.ValidatedAnswers;
import dev.attest.questionnaire.ValidationMode;
import dev.attest.support.AnswerMutations;
import dev.attest.support.AnswerSets;
import dev.attest.support.Choices;
import dev.attest.support.Tries;

/**
 * Answer validation of the real {@code core} questionnaire, without the application, over generated answer sets and
 * mutations of them: generated sets pass, and broken ones are refused only with {@link InvalidAnswersException}, whose
 * every error points (JSON Pointer) at the bad answer or at the place a required one is missing.
 */
class AnswerValidationFuzzTest {

    private static final Questionnaire CORE = QuestionnaireCatalog.loadFrom(Path.of("questionnaires")).get("core");

    private final AnswerValidator validator = new AnswerValidator();
    private final AnswerSets answerSets = new AnswerSets(CORE);
    private final AnswerMutations mutations = new AnswerMutations(CORE, 5_000, 1_500);

    @Test
    void shouldAcceptEveryGeneratedAnswerSet() {
        Tries.run("generated answers are valid", 200, seed -> {
            ObjectNode answers = answerSets.valid(Choices.seeded(seed));
            assertThatCode(() -> validator.validate(CORE, answers)).as("%s", answers).doesNotThrowAnyException();
        });
    }

    @Test
    void shouldRefuseMutatedAnswersOnlyWithPointersToWhatIsWrong() {
        Tries.run("mutated answers are refused with pointers", 400, seed -> {
            Choices choices = Choices.seeded(seed);
            AnswerMutations.Mutated mutated = mutations.mutate(answerSets.valid(choices), choices);
            try {
                validator.validate(CORE, mutated.answers());
            } catch (InvalidAnswersException e) {
                assertThat(e.errors()).as("%s", mutated.kinds()).isNotEmpty()
                        .allSatisfy(error -> assertPointsIntoTheAnswers(error, mutated.answers()));
            }
        });
    }

    @Test
    void shouldSetAsideWhatARerunNoLongerAcceptsInsteadOfRefusingIt() {
        Tries.run("a re-run never refuses stored answers", 300, seed -> {
            Choices choices = Choices.seeded(seed);
            AnswerMutations.Mutated mutated = mutations.mutate(answerSets.valid(choices), choices);
            if (mutated.answers().isObject()) {
                ValidatedAnswers rerun = validator.validate(CORE, mutated.answers(), ValidationMode.RERUN);
                assertThat(rerun.stale()).allSatisfy(error -> assertPointsIntoTheAnswers(error, mutated.answers()));
            }
            assertThatCode(() -> validator.visibility(CORE, mutated.answers())).doesNotThrowAnyException();
        });
    }

    /**
     * A valid RFC 6901 pointer whose parent is in the answers: the bad answer itself, or where a missing one belongs;
     * or the whole answers ("") for the count of errors past those listed or a key that is not valid Unicode.
     */
    private static void assertPointsIntoTheAnswers(AnswerError error, JsonNode answers) {
        assertThat(error.reason()).isNotBlank();
        if (!answers.isObject()) {
            assertThat(error.pointer()).isEqualTo("/answers");
            return;
        }
        if (error.pointer().isEmpty()) {
            assertThat(error.reason()).containsAnyOf("more invalid answer(s) not listed", UnpairedSurrogates.KEY);
            return;
        }
        assertThat(error.pointer()).matches("(/([^~/]|~[01])*)+");
        com.fasterxml.jackson.core.JsonPointer pointer = com.fasterxml.jackson.core.JsonPointer.compile(error.pointer());
        assertThat(answers.at(pointer.head()).isMissingNode()).as("parent of %s", error.pointer()).isFalse();
    }
}
