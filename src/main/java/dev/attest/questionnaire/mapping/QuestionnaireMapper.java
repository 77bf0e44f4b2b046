package dev.attest.questionnaire.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dev.attest.platform.i18n.Language;
import dev.attest.platform.i18n.LocalizedText;
import dev.attest.questionnaire.Question;
import dev.attest.questionnaire.Questionnaire;
import dev.attest.questionnaire.ShowIf;
import dev.attest.questionnaire.rest.QuestionnaireSummary;
import dev.attest.questionnaire.rest.QuestionnaireView;
import dev.attest.rules.fact.Answer;

/** Questionnaire → API views, texts in one language, conditions in the file's own notation. */
@ApplicationScoped
public class QuestionnaireMapper {

    public QuestionnaireSummary summary(Questionnaire questionnaire, Language language) {
        return new QuestionnaireSummary(questionnaire.id(), questionnaire.version(), questionnaire.title().in(language),
                questionnaire.questionsById().size());
    }

    public QuestionnaireView view(Questionnaire questionnaire, Language language) {
        return new QuestionnaireView(questionnaire.id(), questionnaire.version(), questionnaire.title().in(language),
                language.code(), Answer.DONT_KNOW,
                questionnaire.sections().stream().map(section -> new QuestionnaireView.SectionView(section.id(),
                        section.title().in(language), questions(section.questions(), language))).toList());
    }

    private List<QuestionnaireView.QuestionView> questions(List<Question> questions, Language language) {
        return questions.stream().map(question -> question(question, language)).toList();
    }

    private QuestionnaireView.QuestionView question(Question question, Language language) {
        return new QuestionnaireView.QuestionView(question.id(), question.type().code(), question.required(),
                question.dontKnow(), question.label().in(language), text(question.help(), language),
                question.options().isEmpty() ? null : question.options().stream()
                        .map(option -> new QuestionnaireView.OptionView(option.value(), option.label().in(language))).toList(),
                question.min(), question.max(), question.minItems(), question.maxItems(),
                question.showIf() == null ? null : condition(question.showIf()),
                question.fields().isEmpty() ? null : questions(question.fields(), language));
    }

    private static String text(LocalizedText text, Language language) {
        return text == null ? null : text.in(language);
    }

    static Object condition(ShowIf showIf) {
        Map<String, Object> node = new LinkedHashMap<>();
        if (showIf instanceof ShowIf.Equals c) {
            reference(node, c.ref());
            node.put("equals", c.value());
        } else if (showIf instanceof ShowIf.In c) {
            reference(node, c.ref());
            node.put("in", c.values());
        } else if (showIf instanceof ShowIf.Contains c) {
            reference(node, c.ref());
            node.put("contains", c.value());
        } else if (showIf instanceof ShowIf.Compare c) {
            reference(node, c.ref());
            node.put(c.above() ? "greaterThan" : "lessThan", c.bound());
        } else if (showIf instanceof ShowIf.Answered c) {
            reference(node, c.ref());
            node.put("answered", c.answered());
        } else if (showIf instanceof ShowIf.All c) {
            node.put("all", c.conditions().stream().map(QuestionnaireMapper::condition).toList());
        } else if (showIf instanceof ShowIf.Any c) {
            node.put("any", c.conditions().stream().map(QuestionnaireMapper::condition).toList());
        } else if (showIf instanceof ShowIf.Not c) {
            node.put("not", condition(c.condition()));
        }
        return node;
    }

    private static void reference(Map<String, Object> node, ShowIf.Reference ref) {
        node.put(ref.sibling() ? "field" : "question", ref.id());
    }
}
