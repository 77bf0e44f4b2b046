package dev.attest.evaluation.rest;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An evaluation result with its texts in one language. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "EvaluationResult", description = "Applicability, scores, findings and verification tasks, with texts in the language asked for.")
public record EvaluationView(
        @Schema(description = "Questionnaire answered and the version (SHA-256 of its file)") VersionRef questionnaire,
        @Schema(description = "Rulebase version (SHA-256 of its logic) and texts version") RulebaseRef rulebase,
        LocalDate evaluationDate,
        @Schema(examples = "en") String language,
        List<ApplicabilityView> applicability,
        ScoresView scores,
        @Schema(description = "Gaps found, most severe first") List<FindingView> findings,
        @Schema(description = "\"Find out\" tasks for answers given as don't know or left open") List<VerificationTaskView> verificationTasks,
        @Schema(description = "Every check with its outcome: failed, unverified, passed or not-applicable") List<CheckOutcomeView> checks,
        @Schema(description = "Clocks the applying frameworks set (rights requests, breaches), strictest first: follow the first") List<DeadlineView> deadlines,
        @Schema(description = "Answers not used, e.g. to questions hidden by showIf") List<IgnoredAnswerView> ignoredAnswers,
        @Schema(description = "true when a re-run found stored answers that today's questionnaire no longer accepts") boolean needsReview,
        @Schema(description = "Present when needsReview: the answers set aside and the checks that read them") ReviewView review) {

    public record VersionRef(@Schema(examples = "core") String id, @Schema(examples = "sha256:9f2c…") String version) {
    }

    public record RulebaseRef(@Schema(examples = "sha256:51ab…") String version, @Schema(examples = "sha256:0c4e…") String textsVersion) {
    }

    public record ApplicabilityView(@Schema(examples = "GDPR") String framework, String name, boolean applies,
            List<ReasonView> reasons) {
    }

    public record ReasonView(@Schema(examples = "eu-establishment") String code, String text,
            @Schema(description = "The reason rests on a \"don't know\" answer") boolean unverified,
            List<AnswerView> triggeredBy) {
    }

    public record AnswerView(@Schema(examples = "consent_preticked") String question,
            @Schema(examples = "/consent_preticked") String pointer, String label,
            @Schema(description = "The answer given; \"dont_know\"; or absent when left unanswered") Object answer,
            @Schema(description = "The answer in words, in the response's language: option labels, yes or no; absent when left unanswered",
                    examples = "Yes") String text) {
    }

    public record ScoresView(@Schema(description = "0–100, or absent when nothing was scored") Integer overall,
            @Schema(examples = "red", enumeration = {"red", "amber", "green", "not-assessed"}) String band,
            List<FrameworkScoreView> frameworks) {
    }

    public record FrameworkScoreView(String framework, String name,
            @Schema(enumeration = {"scored", "not-applicable", "not-assessed"}) String status, Integer score, String band,
            int passedWeight, int applicableWeight, int passed, int failed, int unverified) {
    }

    public record FindingView(@Schema(examples = "GDPR-ART7-PRETICKED") String ruleId, String framework,
            @Schema(examples = "GDPR Art. 7(1)") String citation,
            @Schema(enumeration = {"critical", "high", "medium", "low"}) String severity, String title, String explanation,
            List<AnswerView> triggeredBy, List<String> remediation,
            @Schema(description = "false when counsel has not confirmed the requirement") boolean verified, String note) {
    }

    public record VerificationTaskView(String question, String pointer, String task, List<String> checks,
            List<String> frameworks) {
    }

    public record CheckOutcomeView(String ruleId, String framework, String outcome, String severity) {
    }

    public record IgnoredAnswerView(String pointer, String reason) {
    }

    public record DeadlineView(@Schema(examples = "rights-request") String kind, String duty,
            @Schema(description = "The clock to follow: the strictest of those that apply") DeadlineEntryView strictest,
            @Schema(description = "Every applying framework's clock, strictest first") List<DeadlineEntryView> all) {
    }

    public record DeadlineEntryView(@Schema(examples = "GDPR") String framework, @Schema(examples = "1") double amount,
            @Schema(enumeration = {"hours", "days", "business-days", "working-days", "months"}) String unit,
            @Schema(examples = "GDPR Art. 12(3)") String citation) {
    }

    public record ReviewView(List<IgnoredAnswerView> staleAnswers,
            @Schema(description = "Checks that read those answers, in the old or the current rulebase") List<String> affectedChecks) {
    }
}
