package dev.attest.questionnaire.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import dev.attest.questionnaire.AnswerError;
import dev.attest.questionnaire.IgnoredAnswer;
import dev.attest.questionnaire.InvalidAnswersException;
import dev.attest.questionnaire.JsonPointer;
import dev.attest.questionnaire.Question;
import dev.attest.questionnaire.Questionnaire;
import dev.attest.questionnaire.UnansweredQuestion;
import dev.attest.questionnaire.ValidatedAnswers;
import dev.attest.questionnaire.ValidationMode;
import dev.attest.questionnaire.Visibility;
import dev.attest.questionnaire.service.AnswerValueParser.Parsed;
import dev.attest.rules.fact.Answer;

/**
 * Checks submitted answers against a questionnaire and turns them into facts. Every bad field is
 * reported at once; answers to questions hidden by {@code showIf} are ignored and listed, not refused.
 */
@ApplicationScoped
public class AnswerValidator {

    static final String HIDDEN = "not asked: its showIf condition is not met by the other answers";

    /** The reason given for a visible required question left unanswered in a submission. */
    public static final String REQUIRED = "required: this question must be answered";

    /** Entries a repeated group takes when its questionnaire sets no {@code maxItems}. */
    public static final int DEFAULT_MAX_ENTRIES = 1_000;

    /**
     * Errors listed for one submission; the rest are counted in a last error. A body of a thousand unknown keys
     * gets a readable answer, not a problem a thousand entries long.
     */
    public static final int MAX_ERRORS = 100;

    /** Validates a submission; required questions must be answered. */
    public ValidatedAnswers validate(Questionnaire questionnaire, JsonNode answers) {
        return validate(questionnaire, answers, ValidationMode.SUBMISSION);
    }

    public ValidatedAnswers validate(Questionnaire questionnaire, JsonNode answers, ValidationMode mode) {
        return new Run(questionnaire, answers, mode).validate();
    }

    /**
     * Which questions the answers make visible: top-level questions, and for each entry of each answered repeated
     * group, the fields shown in it. Bad values are read as unanswered; nothing is refused.
     */
    public Visibility visibility(Questionnaire questionnaire, JsonNode answers) {
        Run run = new Run(questionnaire, answers, ValidationMode.RULE_CASE);
        Set<String> questions = new HashSet<>();
        Map<String, List<Set<String>>> entries = new HashMap<>();
        if (answers == null || !answers.isObject()) {
            return new Visibility(Set.of(), Map.of());
        }
        run.parseAnswers();
        for (Question question : questionnaire.questions()) {
            if (!run.isVisible(question.id())) {
                continue;
            }
            questions.add(question.id());
            JsonNode node = answers.get(question.id());
            if (question.isGroup() && node != null && node.isArray()) {
                List<Set<String>> shown = new ArrayList<>();
                for (int index = 0; index < Math.min(node.size(), maxEntries(question)); index++) {
                    shown.add(new GroupEntry(run, question, index, node.get(index)).visibleFields());
                }
                entries.put(question.id(), shown);
            }
        }
        return new Visibility(Set.copyOf(questions), Map.copyOf(entries));
    }

    private static int maxEntries(Question group) {
        return group.maxItems() == null ? DEFAULT_MAX_ENTRIES : group.maxItems();
    }

    /** One validation: holds the answers parsed so far and the visibility worked out for them. */
    private static final class Run {
        private final Questionnaire questionnaire;
        private final JsonNode answers;
        private final ValidationMode mode;
        private final Map<String, Parsed> parsed = new HashMap<>();
        private final Map<String, Boolean> visible = new HashMap<>();
        private final Set<String> resolving = new HashSet<>();
        private final List<AnswerError> errors = new ArrayList<>();
        private int unlisted;
        private final List<AnswerError> stale = new ArrayList<>();
        private final Set<String> asked = new HashSet<>();
        private final List<Answer> facts = new ArrayList<>();
        private final List<IgnoredAnswer> ignored = new ArrayList<>();
        private final List<UnansweredQuestion> unanswered = new ArrayList<>();

        Run(Questionnaire questionnaire, JsonNode answers, ValidationMode mode) {
            this.questionnaire = questionnaire;
            this.answers = answers;
            this.mode = mode;
        }

        /** A stale value on a re-run leaves its question open, so the checks that read it cannot pass. */
        void refuseValue(String question, String pointer, String reason) {
            refuse(pointer, reason);
            if (mode == ValidationMode.RERUN) {
                unanswered.add(new UnansweredQuestion(question, pointer));
            }
        }

        /** A bad answer refuses a submission; on a re-run it is set aside as stale. */
        void refuse(String pointer, String reason) {
            if (mode == ValidationMode.RERUN) {
                stale.add(new AnswerError(pointer, reason));
            } else if (errors.size() < MAX_ERRORS) {
                errors.add(new AnswerError(pointer, reason));
            } else {
                unlisted++;
            }
        }

        ValidatedAnswers validate() {
            if (answers == null || !answers.isObject()) {
                throw new InvalidAnswersException(List.of(new AnswerError("/answers",
                        "answers must be a JSON object keyed by question id")));
            }
            if (mode != ValidationMode.RERUN) {
                List<AnswerError> unstorable = UnpairedSurrogates.find(answers, MAX_ERRORS);
                if (!unstorable.isEmpty()) {
                    // Refused before anything else is read, so no error message repeats the broken text.
                    throw new InvalidAnswersException(unstorable);
                }
            }
            parseAnswers();
            for (Question question : questionnaire.questions()) {
                if (question.isGroup()) {
                    readGroup(question);
                } else {
                    readQuestion(question);
                }
            }
            if (unlisted > 0) {
                errors.add(new AnswerError("", unlisted + " more invalid answer(s) not listed; correct the ones listed"
                        + " and send the answers again"));
            }
            if (!errors.isEmpty()) {
                throw new InvalidAnswersException(errors);
            }
            return new ValidatedAnswers(questionnaire, facts, ignored, unanswered, stale, asked.size());
        }

        void parseAnswers() {
            for (Iterator<String> it = answers.fieldNames(); it.hasNext();) {
                String id = it.next();
                Question question = questionnaire.question(id).orElse(null);
                if (question == null) {
                    refuse(JsonPointer.of(id), "unknown question: questionnaire '"
                            + questionnaire.id() + "' has no question with this id");
                } else if (!question.isGroup()) {
                    parsed.put(id, AnswerValueParser.parse(question, answers.get(id)));
                }
            }
        }

        private void readQuestion(Question question) {
            String pointer = JsonPointer.of(question.id());
            if (isVisible(question.id())) {
                asked.add(question.id());
            }
            Parsed answer = parsed.get(question.id());
            if (answer == null) {
                missing(question, question.id(), pointer, isVisible(question.id()));
            } else if (!isVisible(question.id())) {
                ignored.add(new IgnoredAnswer(pointer, HIDDEN));
            } else if (!answer.ok()) {
                refuseValue(question.id(), pointer, answer.error());
            } else {
                facts.add(toFact(question.id(), pointer, null, -1, answer));
            }
        }

        private void readGroup(Question group) {
            String pointer = JsonPointer.of(group.id());
            JsonNode node = answers.get(group.id());
            boolean shown = isVisible(group.id());
            if (shown) {
                asked.add(group.id());
            }
            if (node == null || node.isNull()) {
                missing(group, group.id(), pointer, shown);
                return;
            }
            if (!shown) {
                ignored.add(new IgnoredAnswer(pointer, HIDDEN));
                return;
            }
            if (node.isTextual() && Answer.DONT_KNOW.equals(node.asText())) {
                if (group.dontKnow()) {
                    facts.add(Answer.dontKnow(group.id(), pointer, null, -1));
                } else {
                    refuse(pointer, "\"don't know\" is not accepted for this question");
                }
                return;
            }
            if (!node.isArray()) {
                refuse(pointer, "expected a list of entries, each an object keyed by field id");
                return;
            }
            if (group.minItems() != null && node.size() < group.minItems()) {
                refuse(pointer, "needs at least " + group.minItems() + " entr"
                        + (group.minItems() == 1 ? "y" : "ies"));
            }
            if (node.size() > maxEntries(group)) {
                // Refused whole, without reading the entries: a huge list costs no more than a short one.
                refuse(pointer, "takes at most " + maxEntries(group) + " entries; " + node.size() + " were given");
                return;
            }
            facts.add(Answer.known(group.id(), pointer, null, -1, node.size()));
            for (int index = 0; index < node.size(); index++) {
                new GroupEntry(this, group, index, node.get(index)).read();
            }
        }

        void missing(Question question, String path, String pointer, boolean shown) {
            if (!shown) {
                return;
            }
            if (question.required() && mode == ValidationMode.SUBMISSION) {
                refuse(pointer, REQUIRED);
            } else if (!question.required()) {
                unanswered.add(new UnansweredQuestion(path, pointer));
            }
        }

        boolean isVisible(String id) {
            Boolean known = visible.get(id);
            if (known != null) {
                return known;
            }
            Question question = questionnaire.question(id).orElse(null);
            if (question == null || !resolving.add(id)) {
                return false;
            }
            boolean shown = question.showIf() == null || question.showIf().test(ref -> visibleValue(ref.id()));
            resolving.remove(id);
            visible.put(id, shown);
            return shown;
        }

        /** The value of a top-level question as other conditions see it: none if hidden or unknown. */
        Object visibleValue(String id) {
            Parsed answer = parsed.get(id);
            return answer != null && isVisible(id) ? answer.visibleValue() : null;
        }

        static Answer toFact(String question, String pointer, String group, int index, Parsed answer) {
            return answer.unknown()
                    ? Answer.dontKnow(question, pointer, group, index)
                    : Answer.known(question, pointer, group, index, answer.value());
        }
    }

    /** One entry of a repeated group, whose fields may depend on each other. */
    private static final class GroupEntry {
        private final Run run;
        private final Question group;
        private final int index;
        private final JsonNode entry;
        private final Map<String, Parsed> fields = new HashMap<>();
        private final Map<String, Boolean> visible = new HashMap<>();
        private final Set<String> resolving = new HashSet<>();

        GroupEntry(Run run, Question group, int index, JsonNode entry) {
            this.run = run;
            this.group = group;
            this.index = index;
            this.entry = entry;
        }

        Set<String> visibleFields() {
            if (entry != null && entry.isObject()) {
                parseFields();
            }
            Set<String> shown = new HashSet<>();
            group.fields().stream().filter(this::isVisible).forEach(field -> shown.add(field.id()));
            return shown;
        }

        private void parseFields() {
            for (Iterator<String> it = entry.fieldNames(); it.hasNext();) {
                String id = it.next();
                Question field = group.field(id).orElse(null);
                if (field == null) {
                    run.refuse(JsonPointer.of(group.id(), index, id),
                            "unknown field: group '" + group.id() + "' has no field with this id");
                } else {
                    fields.put(id, AnswerValueParser.parse(field, entry.get(id)));
                }
            }
        }

        void read() {
            if (entry == null || !entry.isObject()) {
                run.refuse(JsonPointer.of(group.id(), index), "expected an object keyed by field id");
                return;
            }
            parseFields();
            for (Question field : group.fields()) {
                String pointer = JsonPointer.of(group.id(), index, field.id());
                String path = group.id() + "." + field.id();
                Parsed answer = fields.get(field.id());
                if (isVisible(field)) {
                    run.asked.add(path);
                }
                if (answer == null) {
                    run.missing(field, path, pointer, isVisible(field));
                } else if (!isVisible(field)) {
                    run.ignored.add(new IgnoredAnswer(pointer, HIDDEN));
                } else if (!answer.ok()) {
                    run.refuseValue(path, pointer, answer.error());
                } else {
                    run.facts.add(Run.toFact(path, pointer, group.id(), index, answer));
                }
            }
        }

        private boolean isVisible(Question field) {
            Boolean known = visible.get(field.id());
            if (known != null) {
                return known;
            }
            if (!resolving.add(field.id())) {
                return false;
            }
            boolean shown = field.showIf() == null || field.showIf().test(ref -> ref.sibling()
                    ? siblingValue(ref.id())
                    : run.visibleValue(ref.id()));
            resolving.remove(field.id());
            visible.put(field.id(), shown);
            return shown;
        }

        private Object siblingValue(String id) {
            Parsed answer = fields.get(id);
            Question sibling = group.field(id).orElse(null);
            return answer != null && sibling != null && isVisible(sibling) ? answer.visibleValue() : null;
        }
    }
}
