package dev.attest.diff.mapping;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.attest.diff.AssessmentDiff;
import dev.attest.diff.Cause;
import dev.attest.diff.ChangedAnswer;
import dev.attest.diff.FindingChange;
import dev.attest.diff.RulebaseChanges;
import dev.attest.diff.rest.DiffView;
import dev.attest.platform.i18n.Language;
import dev.attest.platform.i18n.LocalizedText;
import dev.attest.questionnaire.Questionnaire;
import dev.attest.questionnaire.service.QuestionnaireCatalog;
import dev.attest.rules.engine.Rulebase;
import dev.attest.rules.model.CheckOutcome;
import dev.attest.rules.model.RuleTexts;
import dev.attest.rules.model.Severity;
import dev.attest.rules.service.RulebaseArchive;
import dev.attest.rules.service.RulebaseRegistry;

/**
 * A diff as the API shows it: check titles, framework names, question labels and causes in the reader's language.
 * Texts come from the current rulebase, else from the newer side's, else the older side's (a check since removed).
 */
@ApplicationScoped
public class DiffMapper {

    private static final Map<Cause, LocalizedText> CAUSES = Map.of(
            Cause.ANSWERS_CHANGED, LocalizedText.of(
                    "The answers changed; the rules would have judged the earlier answers as before.",
                    "Изменились ответы; правила оценили бы прежние ответы так же, как раньше."),
            Cause.RULES_CHANGED, LocalizedText.of(
                    "The rules changed; they alone give the earlier answers this outcome.",
                    "Изменились правила; уже они одни дают прежним ответам такой результат."),
            Cause.BOTH, LocalizedText.of(
                    "Both the answers and the rules changed, and neither alone explains this.",
                    "Изменились и ответы, и правила; ни одно из изменений само по себе этого не объясняет."));

    @Inject
    RulebaseRegistry registry;

    @Inject
    RulebaseArchive archive;

    @Inject
    QuestionnaireCatalog questionnaires;

    public DiffView view(AssessmentDiff diff, Language language) {
        List<RuleTexts> texts = Stream.concat(Stream.of(registry.current()),
                        Stream.of(diff.newer().rulebaseVersion(), diff.older().rulebaseVersion()).distinct()
                                .map(archive::find).flatMap(Optional::stream))
                .map(Rulebase::texts).toList();
        Optional<Questionnaire> questionnaire = questionnaires.find(diff.newer().questionnaireId());
        Function<List<ChangedAnswer>, List<DiffView.ChangedAnswerView>> answers = changes -> changes.stream()
                .map(change -> new DiffView.ChangedAnswerView(change.pointer(), change.question(),
                        questionnaire.flatMap(q -> q.questionOrField(change.question())).map(q -> q.label().in(language))
                                .orElse(change.question()),
                        change.older(), change.newer()))
                .toList();
        Function<String, String> frameworkName = framework -> texts.stream()
                .flatMap(t -> t.framework(framework).stream()).findFirst().map(t -> t.in(language)).orElse(framework);
        Function<FindingChange, DiffView.FindingView> finding = change -> new DiffView.FindingView(
                change.check(), change.framework(),
                texts.stream().flatMap(t -> t.check(change.check()).stream()).findFirst()
                        .map(t -> t.title().in(language)).orElse(change.check()),
                code(change.olderOutcome()), code(change.olderSeverity()), code(change.newerOutcome()),
                code(change.newerSeverity()), code(change.rerunOutcome()),
                change.cause() == null ? null : change.cause().code(), causeText(change.cause(), language),
                answers.apply(change.changedAnswers()), change.rules());
        return new DiffView(language.code(), side(diff.older()), side(diff.newer()), diff.rerun(), diff.overall(),
                diff.frameworks().stream().map(score -> new DiffView.FrameworkScoreView(score.framework(),
                        frameworkName.apply(score.framework()), score.olderStatus(), score.newerStatus(), score.score()))
                        .toList(),
                diff.applicability().stream().map(change -> new DiffView.ApplicabilityView(change.framework(),
                        frameworkName.apply(change.framework()), change.olderApplies(), change.newerApplies(),
                        change.rerunApplies(), change.cause().code(), causeText(change.cause(), language),
                        answers.apply(change.changedAnswers()))).toList(),
                diff.newFindings().stream().map(finding).toList(),
                diff.resolved().stream().map(finding).toList(),
                diff.unchanged().stream().map(finding).toList(),
                diff.severityChanges().stream().map(finding).toList(),
                diff.changedParameters(),
                rulebaseChanges(diff.rulebaseChanges(), texts, language),
                answers.apply(diff.changedAnswers()));
    }

    private static DiffView.RulebaseChangesView rulebaseChanges(RulebaseChanges changes, List<RuleTexts> texts,
            Language language) {
        Function<RulebaseChanges.CheckChange, DiffView.CheckChangeView> view = change -> new DiffView.CheckChangeView(
                change.check(), change.framework(),
                texts.stream().flatMap(t -> t.check(change.check()).stream()).findFirst()
                        .map(t -> t.title().in(language)).orElse(change.check()),
                change.citation(), change.severity(), change.olderSeverity(), change.olderCitation(),
                change.changes());
        return new DiffView.RulebaseChangesView(changes.added().stream().map(view).toList(),
                changes.removed().stream().map(view).toList(), changes.changed().stream().map(view).toList());
    }

    private static DiffView.SideView side(AssessmentDiff.Side side) {
        return new DiffView.SideView(side.id(), side.evaluationDate(), side.rulebaseVersion(), side.questionnaireId(),
                side.questionnaireVersion());
    }

    private static String causeText(Cause cause, Language language) {
        return cause == null ? null : CAUSES.get(cause).in(language);
    }

    private static String code(CheckOutcome outcome) {
        return outcome == null ? null : outcome.code();
    }

    private static String code(Severity severity) {
        return severity == null ? null : severity.code();
    }
}
