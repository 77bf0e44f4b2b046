package dev.attest.evaluation.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.attest.evaluation.EvaluationResult;
import dev.attest.evaluation.FrameworkScore;
import dev.attest.evaluation.rest.EvaluationView;
import dev.attest.evaluation.rest.EvaluationView.AnswerView;
import dev.attest.platform.i18n.Language;
import dev.attest.platform.i18n.LocalizedText;
import dev.attest.questionnaire.Question;
import dev.attest.questionnaire.Questionnaire;
import dev.attest.questionnaire.service.QuestionnaireCatalog;
import dev.attest.rules.model.AnswerRef;
import dev.attest.rules.model.CheckOutcome;
import dev.attest.rules.model.CheckResult;
import dev.attest.rules.model.CheckTexts;
import dev.attest.rules.model.DeadlineSet;
import dev.attest.rules.model.FrameworkApplicability;
import dev.attest.rules.model.RuleTexts;
import dev.attest.rules.model.RuleVerdict;
import dev.attest.rules.service.RulebaseArchive;
import dev.attest.rules.service.RulebaseRegistry;

/**
 * Adds texts to a language-neutral result: framework names, reasons, finding titles, explanations and
 * remediation, question labels and verification tasks. Texts come from the current rulebase, or from the
 * archived rulebase that produced the result when a check no longer exists.
 */
@ApplicationScoped
public class ResultRenderer {

    private static final LocalizedText COUNSEL_NOTE = LocalizedText.of(
            "This requirement has not been fully verified: confirm it with counsel before acting on it.",
            "Это требование ещё не проверено юристом до конца: прежде чем действовать, уточните его у юриста.");
    private static final LocalizedText FIND_OUT = LocalizedText.of("Find out: %s", "Выясните: %s");
    private static final LocalizedText YES = LocalizedText.of("Yes", "Да");
    private static final LocalizedText NO = LocalizedText.of("No", "Нет");
    private static final LocalizedText DONT_KNOW = LocalizedText.of("I don't know", "Не знаю");
    private static final LocalizedText NO_TEXT = LocalizedText.of(
            "(no text for %s in this version of Attest)", "(в этой версии Attest нет текста для %s)");

    @Inject
    RulebaseRegistry registry;

    @Inject
    RulebaseArchive archive;

    @Inject
    QuestionnaireCatalog questionnaires;

    public EvaluationView render(EvaluationResult result, Language language) {
        Texts texts = new Texts(registry.current().texts(), result.rulebaseVersion());
        Optional<Questionnaire> questionnaire = questionnaires.find(result.questionnaireId());
        Labels labels = new Labels(questionnaire, language);
        return new EvaluationView(
                new EvaluationView.VersionRef(result.questionnaireId(), result.questionnaireVersion()),
                new EvaluationView.RulebaseRef(result.rulebaseVersion(), result.textsVersion()),
                result.evaluationDate(),
                language.code(),
                result.applicability().stream().map(framework -> applicability(framework, texts, labels, language)).toList(),
                scores(result, texts, language),
                findings(result.checks(), texts, labels, language),
                verificationTasks(result, labels, language),
                result.checks().stream().map(check -> new EvaluationView.CheckOutcomeView(check.check(), check.framework(),
                        check.outcome().code(), check.severity().code())).toList(),
                result.deadlines().stream().map(set -> deadline(set, texts, language)).toList(),
                result.ignoredAnswers().stream().map(ignored -> new EvaluationView.IgnoredAnswerView(ignored.pointer(),
                        ignored.reason())).toList(),
                result.needsReview(),
                result.review() == null ? null : new EvaluationView.ReviewView(
                        result.review().staleAnswers().stream()
                                .map(stale -> new EvaluationView.IgnoredAnswerView(stale.pointer(), stale.reason())).toList(),
                        result.review().affectedChecks()));
    }

    private static EvaluationView.ApplicabilityView applicability(FrameworkApplicability framework, Texts texts, Labels labels,
            Language language) {
        List<EvaluationView.ReasonView> reasons = framework.reasons().stream()
                .map(reason -> new EvaluationView.ReasonView(reason.code(),
                        texts.reason(framework.framework(), reason.code()).map(text -> text.in(language))
                                .orElse(NO_TEXT.in(language).formatted(framework.framework() + "/" + reason.code())),
                        reason.unverified(), labels.answers(reason.triggeredBy())))
                .toList();
        return new EvaluationView.ApplicabilityView(framework.framework(), texts.frameworkName(framework.framework(), language),
                framework.applies(), reasons);
    }

    private static EvaluationView.DeadlineView deadline(DeadlineSet set, Texts texts, Language language) {
        List<EvaluationView.DeadlineEntryView> all = set.deadlines().stream()
                .map(entry -> new EvaluationView.DeadlineEntryView(entry.framework(), entry.amount(), entry.unit(), entry.citation()))
                .toList();
        return new EvaluationView.DeadlineView(set.kind(), texts.deadline(set.kind(), language), all.get(0), all);
    }

    private static EvaluationView.ScoresView scores(EvaluationResult result, Texts texts, Language language) {
        List<EvaluationView.FrameworkScoreView> frameworks = result.scores().frameworks().stream()
                .map(score -> frameworkScore(score, texts, language)).toList();
        return new EvaluationView.ScoresView(result.scores().overall(), result.scores().band().code(), frameworks);
    }

    private static EvaluationView.FrameworkScoreView frameworkScore(FrameworkScore score, Texts texts, Language language) {
        return new EvaluationView.FrameworkScoreView(score.framework(), texts.frameworkName(score.framework(), language),
                score.status(), score.score(), score.band() == null ? null : score.band().code(), score.passedWeight(),
                score.applicableWeight(), score.passed(), score.failed(), score.unverified());
    }

    private List<EvaluationView.FindingView> findings(List<CheckResult> checks, Texts texts, Labels labels, Language language) {
        return checks.stream()
                .filter(check -> check.outcome() == CheckOutcome.FAILED)
                .sorted(Comparator.comparing((CheckResult check) -> check.severity().ordinal()).thenComparing(CheckResult::check))
                .map(check -> finding(check, texts, labels, language))
                .toList();
    }

    private EvaluationView.FindingView finding(CheckResult check, Texts texts, Labels labels, Language language) {
        Optional<CheckTexts> checkTexts = texts.check(check.check());
        String missing = NO_TEXT.in(language).formatted(check.check());
        return new EvaluationView.FindingView(
                check.check(), check.framework(), check.citation(), check.severity().code(),
                checkTexts.map(t -> t.title().in(language)).orElse(missing),
                checkTexts.map(t -> t.explanation().in(language)).orElse(missing),
                labels.answers(check.triggeredBy()),
                checkTexts.map(t -> t.remediationIn(language)).orElse(List.of()),
                check.verified(),
                check.verified() ? null : COUNSEL_NOTE.in(language));
    }

    private static List<EvaluationView.VerificationTaskView> verificationTasks(EvaluationResult result, Labels labels,
            Language language) {
        Map<String, TaskBuilder> tasks = new LinkedHashMap<>();
        for (FrameworkApplicability framework : result.applicability()) {
            framework.reasons().stream().filter(FrameworkApplicability.Reason::unverified).forEach(reason ->
                    reason.triggeredBy().stream().filter(ref -> "dont_know".equals(ref.answer())).forEach(ref ->
                            tasks.computeIfAbsent(ref.pointer(), p -> new TaskBuilder(ref)).frameworks.add(framework.framework())));
        }
        for (CheckResult check : result.checks()) {
            if (check.outcome() == CheckOutcome.UNVERIFIED) {
                check.openAnswers().forEach(ref -> {
                    TaskBuilder task = tasks.computeIfAbsent(ref.pointer(), p -> new TaskBuilder(ref));
                    task.checks.add(check.check());
                    task.frameworks.add(check.framework());
                });
            }
        }
        return tasks.values().stream().map(task -> new EvaluationView.VerificationTaskView(task.ref.question(),
                task.ref.pointer(), labels.task(task.ref.question(), language), List.copyOf(task.checks),
                List.copyOf(task.frameworks))).toList();
    }

    private static final class TaskBuilder {
        final AnswerRef ref;
        final Set<String> checks = new LinkedHashSet<>();
        final Set<String> frameworks = new LinkedHashSet<>();

        TaskBuilder(AnswerRef ref) {
            this.ref = ref;
        }
    }

    /** Question labels and verification texts from the questionnaire a result answered. */
    private record Labels(Optional<Questionnaire> questionnaire, Language language) {

        List<AnswerView> answers(List<AnswerRef> refs) {
            return refs.stream().map(ref -> {
                Optional<Question> question = question(ref.question());
                return new AnswerView(ref.question(), ref.pointer(), question.map(q -> q.label().in(language)).orElse(ref.question()),
                        ref.answer(), inWords(ref.answer(), question));
            }).toList();
        }

        /** What the owner picked, as the form showed it: option labels, yes or no, "don't know". */
        private String inWords(Object answer, Optional<Question> question) {
            if (answer == null) {
                return null;
            }
            if (answer instanceof Boolean yes) {
                return (yes ? YES : NO).in(language);
            }
            if (RuleVerdict.DONT_KNOW.equals(answer)) {
                return DONT_KNOW.in(language);
            }
            if (answer instanceof List<?> items) {
                return items.stream().map(item -> inWords(item, question)).collect(java.util.stream.Collectors.joining(", "));
            }
            return question.flatMap(q -> q.options().stream().filter(option -> option.value().equals(String.valueOf(answer))).findFirst())
                    .map(option -> option.label().in(language)).orElse(String.valueOf(answer));
        }

        String task(String questionId, Language lang) {
            Optional<Question> question = question(questionId);
            return question.map(q -> q.verify() != null ? q.verify().in(lang) : FIND_OUT.in(lang).formatted(q.label().in(lang)))
                    .orElse(FIND_OUT.in(lang).formatted(questionId));
        }

        private Optional<Question> question(String id) {
            return questionnaire.flatMap(q -> q.questionOrField(id));
        }
    }

    /** Texts of the current rulebase, falling back to the archived rulebase that produced a result. */
    private final class Texts {
        private final RuleTexts current;
        private final String resultVersion;
        private RuleTexts archived;
        private boolean archiveLooked;

        Texts(RuleTexts current, String resultVersion) {
            this.current = current;
            this.resultVersion = resultVersion;
        }

        Optional<CheckTexts> check(String id) {
            return current.check(id).or(() -> archived().flatMap(texts -> texts.check(id)));
        }

        Optional<LocalizedText> reason(String framework, String code) {
            return current.reason(framework, code).or(() -> archived().flatMap(texts -> texts.reason(framework, code)));
        }

        String frameworkName(String framework, Language language) {
            return current.framework(framework).or(() -> archived().flatMap(texts -> texts.framework(framework)))
                    .map(text -> text.in(language)).orElse(framework);
        }

        String deadline(String kind, Language language) {
            return current.deadline(kind).or(() -> archived().flatMap(texts -> texts.deadline(kind)))
                    .map(text -> text.in(language)).orElse(kind);
        }

        private Optional<RuleTexts> archived() {
            if (!archiveLooked) {
                archiveLooked = true;
                archived = archive.find(resultVersion).map(rulebase -> rulebase.texts()).orElse(null);
            }
            return Optional.ofNullable(archived);
        }
    }
}
