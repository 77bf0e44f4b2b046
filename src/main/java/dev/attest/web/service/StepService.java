package dev.attest.web.service;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.draft.Draft;
import dev.attest.draft.service.DraftService;
import dev.attest.platform.i18n.Language;
import dev.attest.questionnaire.AnswerError;
import dev.attest.questionnaire.Question;
import dev.attest.questionnaire.Questionnaire;
import dev.attest.questionnaire.Section;
import dev.attest.questionnaire.Visibility;
import dev.attest.questionnaire.service.AnswerValidator;
import dev.attest.web.Messages;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The form's steps: which sections are shown (those with a visible question), one step's view, and saving a posted
 * step. A step is checked as every draft's answers are, web or API ({@link DraftService#answerErrors}: nothing is
 * required until submission); only the errors of that step's questions are shown.
 */
@ApplicationScoped
public class StepService {

    /** Posted by the page's script: the owner saw conditional questions appear and disappear as they answered. */
    public static final String LIVE_FIELD = "live";

    @Inject
    DraftService drafts;

    @Inject
    AnswerValidator validator;

    /** Where a posted step leads: the next section (null after the last), or the same page with errors. */
    public record SaveOutcome(String nextSection, boolean stay, StepView errorView) {
    }

    public List<Section> steps(Questionnaire questionnaire, JsonNode answers) {
        Visibility shown = validator.visibility(questionnaire, answers);
        return questionnaire.sections().stream()
                .filter(section -> section.questions().stream().anyMatch(q -> shown.shows(q.id())))
                .toList();
    }

    public Optional<Section> section(Questionnaire questionnaire, String sectionId) {
        return questionnaire.sections().stream().filter(s -> s.id().equals(sectionId)).findFirst();
    }

    public StepView view(Draft draft, Section section, Language language, String addEntryTo) {
        Questionnaire questionnaire = drafts.questionnaire(draft);
        ObjectNode answers = drafts.answers(draft);
        return view(questionnaire, section, answers, Map.of(), language, addEntryTo);
    }

    /**
     * Validates and saves a posted step; invalid answers come back as the same page, with what was typed. When the
     * answers change which questions the step asks, the step is shown again, unless the page's script already showed
     * them as they changed (it posts {@code live}).
     */
    public SaveOutcome save(Draft draft, Section section, Map<String, List<String>> form, Language language) {
        Questionnaire questionnaire = drafts.questionnaire(draft);
        ObjectNode saved = drafts.answers(draft);
        Visibility before = visibilityWithNewEntries(questionnaire, saved);
        Posted posted = read(questionnaire, section, saved, form);
        Map<String, String> errors = errors(questionnaire, section, posted.merged(), language);
        if (!errors.isEmpty()) {
            return new SaveOutcome(section.id(), true,
                    view(questionnaire, section, posted.merged(), errors, language, null));
        }
        drafts.saveAnswers(draft, posted.input().updates(), posted.input().cleared(), section.id());
        boolean seen = form.containsKey(LIVE_FIELD);
        if (!seen && !shownKeys(section, posted.shown(), posted.merged()).equals(shownKeys(section, before, saved))) {
            return new SaveOutcome(section.id(), true, null);
        }
        List<Section> steps = steps(questionnaire, posted.merged());
        int at = questionnaire.sections().indexOf(section);
        String next = steps.stream().filter(s -> questionnaire.sections().indexOf(s) > at)
                .map(Section::id).findFirst().orElse(null);
        return new SaveOutcome(next, false, null);
    }

    /**
     * Saves what the owner has typed so far (the page's script posts the step as it changes): valid answers are
     * stored, an invalid one keeps the answer saved before it, and nothing else of the draft changes.
     *
     * @return the form field names whose values were not stored because they are not valid
     */
    public List<String> autosave(Draft draft, Section section, Map<String, List<String>> form) {
        Questionnaire questionnaire = drafts.questionnaire(draft);
        ObjectNode saved = drafts.answers(draft);
        Posted posted = read(questionnaire, section, saved, form);
        // Only the field names are answered; the texts' language does not matter.
        Map<String, String> errors = errors(questionnaire, section, posted.merged(), Language.FALLBACK);
        SectionInput valid = AutosaveFilter.keepValid(posted.input(), saved, errors.keySet());
        drafts.saveAnswers(draft, valid.updates(), valid.cleared(), section.id());
        return errors.keySet().stream().sorted().toList();
    }

    /**
     * A posted step read in two passes: a question is read only if the posted answers themselves show it, so an
     * answer to a question the page's script revealed counts, and one to a question hidden again is ignored.
     */
    private Posted read(Questionnaire questionnaire, Section section, ObjectNode saved, Map<String, List<String>> form) {
        Set<String> all = new HashSet<>();
        section.questions().forEach(question -> all.add(question.id()));
        ObjectNode everything = merge(saved, FormReader.read(section.questions(), new Visibility(all, Map.of()), form));
        Visibility shown = visibilityWithNewEntries(questionnaire, everything);
        SectionInput input = FormReader.read(section.questions(), shown, form);
        return new Posted(input, merge(saved, input), shown);
    }

    private record Posted(SectionInput input, ObjectNode merged, Visibility shown) {
    }

    private static ObjectNode merge(ObjectNode saved, SectionInput input) {
        return DraftService.merge(saved, input.updates(), input.cleared());
    }

    private StepView view(Questionnaire questionnaire, Section section, ObjectNode answers, Map<String, String> errors,
            Language language, String addEntryTo) {
        List<Section> steps = steps(questionnaire, answers);
        int number = steps.indexOf(section) + 1;
        String previous = number > 1 ? steps.get(number - 2).id() : null;
        Visibility shown = visibilityWithNewEntries(questionnaire, answers);
        Set<String> onPage = new HashSet<>();
        section.questions().forEach(question -> onPage.add(question.id()));
        List<StepView.QuestionView> questions = new StepViews(language, answers, shown, errors,
                new ShowIfJson(onPage, answers, shown)).questions(section, addEntryTo);
        return new StepView(section.id(), section.title().in(language), Math.max(number, 1), steps.size(), previous,
                questions, !errors.isEmpty());
    }

    /** Visibility with one empty entry more in every group, so a new entry shows the fields it starts with. */
    private Visibility visibilityWithNewEntries(Questionnaire questionnaire, ObjectNode answers) {
        ObjectNode copy = answers.deepCopy();
        for (Question question : questionnaire.questions()) {
            if (question.isGroup()) {
                JsonNode entries = copy.get(question.id());
                ArrayNode array = entries != null && entries.isArray() ? (ArrayNode) entries : copy.putArray(question.id());
                array.addObject();
            }
        }
        return validator.visibility(questionnaire, copy);
    }

    private static Set<String> shownKeys(Section section, Visibility shown, JsonNode answers) {
        Set<String> keys = new HashSet<>();
        for (Question question : section.questions()) {
            if (shown.shows(question.id())) {
                keys.add(question.id());
                JsonNode entries = answers.get(question.id());
                int count = entries != null && entries.isArray() ? entries.size() : 0;
                for (int i = 0; i < count; i++) {
                    for (String field : shown.fields(question.id(), i)) {
                        keys.add(question.id() + "." + i + "." + field);
                    }
                }
            }
        }
        return keys;
    }

    /** The step's errors by form field name, in the page's language. */
    private Map<String, String> errors(Questionnaire questionnaire, Section section, ObjectNode answers,
            Language language) {
        Map<String, String> errors = new HashMap<>();
        Set<String> ids = new HashSet<>();
        section.questions().forEach(q -> ids.add(q.id()));
        for (AnswerError error : drafts.answerErrors(questionnaire, answers)) {
            String[] tokens = error.pointer().substring(1).split("/");
            if (ids.contains(tokens[0])) {
                errors.put(fieldName(tokens), message(questionnaire, tokens, error.reason(), language));
            }
        }
        return errors;
    }

    static String fieldName(String[] tokens) {
        return tokens.length == 1 ? "q." + tokens[0] : "g." + String.join(".", tokens);
    }

    /** The validator's reason, said in the page's language for the question's type. */
    static String message(Questionnaire questionnaire, String[] tokens, String reason, Language language) {
        Messages msg = messages(language);
        String path = tokens.length == 3 ? tokens[0] + "." + tokens[2] : tokens[0];
        Question question = questionnaire.questionOrField(path).orElse(null);
        if (reason.startsWith("required")) {
            return msg.errRequired();
        }
        if (question == null || tokens.length == 2) {
            return msg.errGeneric();
        }
        if (reason.startsWith("must be at least")) {
            return msg.errMin(reason.substring("must be at least ".length()));
        }
        if (reason.startsWith("must be at most")) {
            return msg.errMax(reason.substring("must be at most ".length()));
        }
        return switch (question.type()) {
            case NUMBER -> msg.errNumber();
            case DATE -> msg.errDate();
            case SINGLE, MULTI, YESNO -> msg.errChoice();
            case TEXT -> msg.errText();
            case GROUP -> msg.errEntries();
        };
    }

    public static Messages messages(Language language) {
        return MessageBundles.get(Messages.class, Localized.Literal.of(language.code()));
    }

    public static Locale locale(Language language) {
        return Locale.forLanguageTag(language.code());
    }

    /** Submission errors as the review page lists them: the question, what is wrong, and its step. */
    public List<ReviewError> reviewErrors(Draft draft, List<AnswerError> errors, Language language) {
        Questionnaire questionnaire = drafts.questionnaire(draft);
        return errors.stream().map(error -> {
            String[] tokens = error.pointer().substring(1).split("/");
            Question question = questionnaire.question(tokens[0]).orElse(null);
            String sectionId = questionnaire.sections().stream()
                    .filter(s -> question != null && s.questions().contains(question))
                    .map(Section::id).findFirst().orElse(questionnaire.sections().get(0).id());
            String label = question == null ? tokens[0] : question.label().in(language);
            return new ReviewError(label, message(questionnaire, tokens, error.reason(), language), sectionId);
        }).toList();
    }
}
