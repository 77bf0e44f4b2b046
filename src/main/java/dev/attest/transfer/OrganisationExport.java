package dev.attest.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import dev.attest.schedule.Drift;

/**
 * One organisation with everything stored about it, as one JSON document another Attest installation can import:
 * the organisation and its schedule, its assessments (answers and results verbatim, action plan progress), its
 * remediation tasks, its drafts, the re-assessments made for its due dates, and the archived rulebase versions that
 * judged the assessments, so they can still be re-run and compared there. Assessment ids are the exporting side's and
 * only link records within the document; an import gives everything new ids. {@code tasks}, {@code drafts} and
 * {@code reassessments} came after the first documents of version 1 and may be left out (read as none).
 */
@Schema(name = "OrganisationExport")
public record OrganisationExport(
        @Schema(examples = FORMAT) String format,
        @Schema(examples = "1") int formatVersion,
        Instant exportedAt,
        ExportedOrganisation organisation,
        List<ExportedAssessment> assessments,
        @Schema(description = "The organisation's remediation tasks; optional, none when left out") List<ExportedTask> tasks,
        @Schema(description = "The organisation's drafts, open and submitted; optional, none when left out") List<ExportedDraft> drafts,
        @Schema(description = "The re-assessments made for its due dates; optional, none when left out") List<ExportedReassessment> reassessments,
        List<ExportedRulebase> rulebases) {

    public static final String FORMAT = "attest-organisation-export";
    public static final int FORMAT_VERSION = 1;

    public OrganisationExport {
        assessments = List.copyOf(assessments);
        tasks = List.copyOf(tasks);
        drafts = List.copyOf(drafts);
        reassessments = List.copyOf(reassessments);
        rulebases = List.copyOf(rulebases);
    }

    /**
     * The organisation without its id; {@code contacts} as the organisation endpoints show them. Its last assessment
     * and next due dates are not carried: an import works them out from the assessments and the cadence.
     */
    @Schema(name = "ExportedOrganisation")
    public record ExportedOrganisation(String name, String country, String sector, int reassessmentMonths,
            JsonNode contacts,
            @Schema(description = "Whether its re-assessment schedule is paused; optional, false when left out") boolean schedulePaused,
            Instant createdAt, Instant updatedAt) {
    }

    /** A stored assessment: {@code result} is the stored, language-neutral result, exactly as stored. */
    @Schema(name = "ExportedAssessment")
    public record ExportedAssessment(String id, Instant createdAt, Instant updatedAt, LocalDate evaluationDate,
            String questionnaireId, String questionnaireVersion, String rulebaseVersion, String textsVersion,
            @Schema(description = "The id, within this document, of the assessment this one re-ran") String previousAssessmentId,
            JsonNode answers, JsonNode result, List<ExportedStep> actionPlanSteps) {

        public ExportedAssessment {
            actionPlanSteps = List.copyOf(actionPlanSteps);
        }
    }

    /** One action plan step as ticked (or unticked again). */
    @Schema(name = "ExportedStep")
    public record ExportedStep(String checkId, int stepNumber, boolean done, Instant doneAt, Instant updatedAt) {
    }

    /** A remediation task of the organisation's action plan: one step of one check, as a consultant worked on it. */
    @Schema(name = "ExportedTask")
    public record ExportedTask(String checkId, int stepNumber,
            @Schema(enumeration = { "open", "in_progress", "done", "risk_accepted" }) String status,
            String owner, LocalDate dueDate,
            @Schema(description = "Set exactly when the status is risk_accepted") String riskReason,
            String notes,
            @Schema(description = "The id, within this document, of the first assessment that had the finding") String firstAssessmentId,
            @Schema(description = "The id, within this document, of the latest assessment when the status was last set") String statusAssessmentId,
            Instant createdAt, Instant updatedAt,
            @Schema(description = "When it became done or risk_accepted; set exactly for those statuses") Instant closedAt) {
    }

    /** A consultant's draft of an assessment of the organisation, answers verbatim. */
    @Schema(name = "ExportedDraft")
    public record ExportedDraft(String questionnaireId,
            @Schema(enumeration = { "en", "ru" }) String language,
            JsonNode answers,
            @Schema(description = "The id, within this document, of the assessment it was submitted as; null while open") String submittedAssessmentId,
            Instant createdAt, Instant updatedAt) {
    }

    /** A re-assessment made for one due date of the organisation, by the schedule or on request. */
    @Schema(name = "ExportedReassessment")
    public record ExportedReassessment(LocalDate dueOn,
            @Schema(enumeration = { "schedule", "request" }) String trigger,
            @Schema(description = "The id, within this document, of the assessment that was re-run") String previousAssessmentId,
            @Schema(description = "The id, within this document, of the assessment it made") String assessmentId,
            boolean needsReview,
            @Schema(implementation = Drift.class) JsonNode drift,
            Instant createdAt) {
    }

    /**
     * An archived rulebase version: {@code version} is the SHA-256 over the logic files and {@code textsVersion} over
     * the texts, so an import can check the files are the ones that judged the assessments.
     */
    @Schema(name = "ExportedRulebase")
    public record ExportedRulebase(String version, String textsVersion, Files files) {

        /** The files by path relative to {@code rules/}. */
        @Schema(name = "ExportedRulebaseFiles")
        public record Files(SortedMap<String, String> logic, SortedMap<String, String> texts, SortedMap<String, String> cases) {
        }
    }
}
