package dev.attest.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One organisation with everything stored about it, as one JSON document another Attest installation can import:
 * the organisation, its assessments (answers and results verbatim, action plan progress) and the archived rulebase
 * versions that judged them, so they can still be re-run and compared there. Assessment ids are the exporting
 * side's and only link assessments within the document; an import gives everything new ids.
 */
@Schema(name = "OrganisationExport")
public record OrganisationExport(
        @Schema(examples = FORMAT) String format,
        @Schema(examples = "1") int formatVersion,
        Instant exportedAt,
        ExportedOrganisation organisation,
        List<ExportedAssessment> assessments,
        List<ExportedRulebase> rulebases) {

    public static final String FORMAT = "attest-organisation-export";
    public static final int FORMAT_VERSION = 1;

    public OrganisationExport {
        assessments = List.copyOf(assessments);
        rulebases = List.copyOf(rulebases);
    }

    /** The organisation without its id; {@code contacts} as the organisation endpoints show them. */
    @Schema(name = "ExportedOrganisation")
    public record ExportedOrganisation(String name, String country, String sector, int reassessmentMonths,
            JsonNode contacts, Instant createdAt, Instant updatedAt) {
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
