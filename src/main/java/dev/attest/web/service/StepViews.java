package dev.attest.web.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.attest.platform.i18n.Language;
import dev.attest.platform.i18n.LocalizedText;
import dev.attest.questionnaire.AnswerOption;
import dev.attest.questionnaire.Question;
import dev.attest.questionnaire.Section;
import dev.attest.questionnaire.Visibility;
import dev.attest.rules.fact.Answer;
import dev.attest.web.service.StepView.EntryView;
import dev.attest.web.service.StepView.OptionView;
import dev.attest.web.service.StepView.QuestionView;

/**
 * Builds a step's view from the answers (as saved, or as just typed) and the errors by field name. Every question of
 * the step is in the view, those whose {@code showIf} is not met marked hidden, so the page's script can show them as
 * soon as an answer above calls for them.
 */
final class StepViews {

    private static final int SELECT_ABOVE = 7;

    private final Language language;
    private final JsonNode answers;
    private final Visibility visibility;
    private final Map<String, String> errors;
    private final ShowIfJson conditions;

    StepViews(Language language, JsonNode answers, Visibility visibility, Map<String, String> errors,
            ShowIfJson conditions) {
        this.language = language;
        this.answers = answers;
        this.visibility = visibility;
        this.errors = errors;
        this.conditions = conditions;
    }

    List<QuestionView> questions(Section section, String addEntryTo) {
        List<QuestionView> views = new ArrayList<>();
        for (Question question : section.questions()) {
            boolean hidden = !visibility.shows(question.id());
            String showIf = conditions.write(question.showIf(), null, 0);
            views.add(question.isGroup()
                    ? group(question, question.id().equals(addEntryTo), hidden, showIf)
                    : question(question, "q." + question.id(), answers.get(question.id()), null, hidden, showIf));
        }
        return views;
    }

    private QuestionView group(Question group, boolean addEntry, boolean hidden, String showIf) {
        JsonNode saved = answers.get(group.id());
        int count = saved != null && saved.isArray() ? saved.size() : 0;
        int shown = Math.max(1, count + (addEntry ? 1 : 0));
        List<EntryView> entries = new ArrayList<>();
        for (int index = 0; index < shown; index++) {
            JsonNode entry = index < count ? saved.get(index) : null;
            Set<String> fields = visibility.fields(group.id(), index);
            List<QuestionView> views = new ArrayList<>();
            for (Question field : group.fields()) {
                // A field without a condition is asked whenever its group is, even in a group still hidden.
                boolean fieldHidden = field.showIf() != null && !fields.contains(field.id());
                views.add(question(field, "g." + group.id() + "." + index + "." + field.id(),
                        entry == null ? null : entry.get(field.id()), group.id(), fieldHidden,
                        conditions.write(field.showIf(), group.id(), index)));
            }
            entries.add(new EntryView(index + 1, views));
        }
        String name = "g." + group.id();
        return new QuestionView(name, id(name), text(group.label()), text(group.help()), "group", group.required(),
                false, false, null, false, List.of(), errors.get(name), group.id(), entries, hidden, showIf);
    }

    private QuestionView question(Question question, String name, JsonNode value, String groupId, boolean hidden,
            String showIf) {
        boolean unknown = value != null && value.isTextual() && Answer.DONT_KNOW.equals(value.asText());
        String inputId = id(name);
        List<OptionView> options = new ArrayList<>();
        for (AnswerOption option : question.options()) {
            options.add(new OptionView(option.value(), text(option.label()), inputId + "-" + option.value(),
                    chosen(value, option.value())));
        }
        return new QuestionView(name, inputId, text(question.label()), text(question.help()), question.type().code(),
                question.required(), question.dontKnow(), unknown, unknown ? null : display(value),
                options.size() >= SELECT_ABOVE, options, errors.get(name), groupId, List.of(), hidden, showIf);
    }

    private static boolean chosen(JsonNode value, String option) {
        if (value == null) {
            return false;
        }
        if (value.isArray()) {
            for (JsonNode item : value) {
                if (option.equals(item.asText())) {
                    return true;
                }
            }
            return false;
        }
        return option.equals(value.asText());
    }

    /** The value as the input shows it: yes/no for booleans, numbers without a trailing ".0". */
    static String display(JsonNode value) {
        if (value == null || value.isNull() || value.isArray() || value.isObject()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? "yes" : "no";
        }
        if (value.isNumber()) {
            double number = value.asDouble();
            return number == Math.rint(number) && Math.abs(number) < 1e15 ? Long.toString((long) number) : value.asText();
        }
        return value.asText();
    }

    private String text(LocalizedText text) {
        return text == null ? null : text.in(language);
    }

    private static String id(String name) {
        return "f-" + name.replace('.', '-');
    }
}
