package dev.attest.organisation;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation's scores over time, oldest first: overall, and per framework that was ever assessed. */
@Schema(name = "OrganisationHistory")
public record History(String organisationId, List<Point> overall, List<FrameworkHistory> frameworks) {

    public History {
        overall = List.copyOf(overall);
        frameworks = List.copyOf(frameworks);
    }

    /**
     * One assessment's score. {@code status} is {@code scored}, {@code not-applicable} or {@code not-assessed} (see
     * the assessment's framework scores); {@code score} is absent unless scored.
     */
    @Schema(name = "HistoryPoint")
    public record Point(LocalDate evaluationDate, String assessmentId, String status, Integer score, String band) {
    }

    /** One framework's points, one per assessment, oldest first. */
    @Schema(name = "FrameworkHistory")
    public record FrameworkHistory(String framework, List<Point> points) {

        public FrameworkHistory {
            points = List.copyOf(points);
        }
    }
}
