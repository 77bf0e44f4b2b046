package dev.attest.report.service;

import static dev.attest.report.service.ReportLabels.*;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.font.PDFont;

import dev.attest.actionplan.Ticks;
import dev.attest.assessment.rest.AssessmentView;
import dev.attest.evaluation.rest.EvaluationView;
import dev.attest.evaluation.rest.EvaluationView.AnswerView;
import dev.attest.evaluation.rest.EvaluationView.ApplicabilityView;
import dev.attest.evaluation.rest.EvaluationView.DeadlineEntryView;
import dev.attest.evaluation.rest.EvaluationView.DeadlineView;
import dev.attest.evaluation.rest.EvaluationView.FindingView;
import dev.attest.evaluation.rest.EvaluationView.FrameworkScoreView;
import dev.attest.platform.i18n.Language;

/**
 * The PDF report of an assessment rendered in one language: a cover with the scores, applicability with
 * reasons, findings most severe first with their remediation checklists, the clocks to keep and the versions
 * that produced the result. A footer on every page names the assessment and the page.
 */
@ApplicationScoped
public class PdfReportWriter {

    private static final float BODY = 10;
    private static final float SMALL = 8;
    private static final float INDENT = 14;
    private static final Color GREY = new Color(0x66, 0x66, 0x66);

    @Inject
    ReportFonts fonts;

    /** {@code ticks} marks the remediation steps the owner has done; the checklists show them ticked. */
    public byte[] write(AssessmentView assessment, Ticks ticks, Language language) {
        try (PDDocument document = new PDDocument()) {
            PDFont regular = fonts.regular(document);
            PDFont bold = fonts.bold(document);
            EvaluationView result = assessment.result();
            try (PdfCanvas canvas = new PdfCanvas(document, regular, bold)) {
                cover(canvas, assessment.id(), result, language);
                applicability(canvas, result.applicability(), language);
                findings(canvas, result.findings(), ticks, language);
                deadlines(canvas, result.deadlines(), language);
                about(canvas, assessment.id(), result, language);
            }
            footers(document, regular, assessment.id(), language);
            document.getDocumentInformation().setTitle(TITLE.in(language) + " " + assessment.id());
            document.getDocumentInformation().setCreator("Attest");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF report of assessment " + assessment.id() + " could not be written", e);
        }
    }

    private static void cover(PdfCanvas canvas, String id, EvaluationView result, Language language) throws IOException {
        canvas.text(TITLE.in(language), true, 20, 0);
        canvas.space(6);
        canvas.text(DISCLAIMER.in(language), false, SMALL, 0);
        canvas.space(10);
        canvas.text(ASSESSMENT.in(language) + ": " + id, false, BODY, 0);
        canvas.text(EVALUATED_ON.in(language) + ": " + result.evaluationDate(), false, BODY, 0);
        canvas.space(8);
        Integer overall = result.scores().overall();
        String score = overall == null ? NOT_ASSESSED.in(language) : SCORE.in(language).formatted(overall);
        canvas.text(OVERALL.in(language) + ": " + score + " (" + band(result.scores().band(), language) + ")", true, 14, 0);
        canvas.heading(BY_FRAMEWORK.in(language), 13);
        for (FrameworkScoreView framework : result.scores().frameworks()) {
            if ("scored".equals(framework.status()) && framework.score() != null) {
                canvas.bar(framework.name(), framework.score(), colour(framework.band()),
                        framework.score() + " / 100", BODY);
            } else {
                String status = "not-applicable".equals(framework.status()) ? NOT_APPLICABLE.in(language) : NOT_ASSESSED.in(language);
                canvas.space(4);
                canvas.text(framework.name() + ": " + status, true, BODY, 0);
                String reasons = result.applicability().stream()
                        .filter(applicability -> applicability.framework().equals(framework.framework()))
                        .flatMap(applicability -> applicability.reasons().stream())
                        .map(EvaluationView.ReasonView::text)
                        .collect(Collectors.joining("; "));
                if (!reasons.isEmpty()) {
                    canvas.text(reasons, false, SMALL, INDENT);
                }
            }
        }
    }

    private static void applicability(PdfCanvas canvas, List<ApplicabilityView> frameworks, Language language) throws IOException {
        canvas.heading(APPLICABILITY.in(language), 14);
        for (ApplicabilityView framework : frameworks) {
            canvas.space(3);
            canvas.text(framework.name() + ": " + (framework.applies() ? APPLIES : DOES_NOT_APPLY).in(language), true, BODY, 0);
            for (EvaluationView.ReasonView reason : framework.reasons()) {
                canvas.text("• " + reason.text() + (reason.unverified() ? " " + UNVERIFIED.in(language) : ""), false, BODY, INDENT);
                for (AnswerView answer : reason.triggeredBy()) {
                    canvas.text(answer(answer, language), false, SMALL, 2 * INDENT);
                }
            }
        }
    }

    private static void findings(PdfCanvas canvas, List<FindingView> findings, Ticks ticks, Language language) throws IOException {
        canvas.newPage();
        canvas.text(FINDINGS.in(language), true, 16, 0);
        if (findings.isEmpty()) {
            canvas.text(NO_FINDINGS.in(language), false, BODY, 0);
            return;
        }
        group(canvas, FIX_FIRST.in(language), findings, Set.of("critical", "high"), ticks, language);
        group(canvas, MEDIUM_GROUP.in(language), findings, Set.of("medium"), ticks, language);
        group(canvas, LOW_GROUP.in(language), findings, Set.of("low"), ticks, language);
    }

    /** The findings of the given severities, in the renderer's order (most severe first). */
    private static void group(PdfCanvas canvas, String heading, List<FindingView> findings, Set<String> severities,
            Ticks ticks, Language language) throws IOException {
        List<FindingView> group = findings.stream().filter(finding -> severities.contains(finding.severity())).toList();
        if (group.isEmpty()) {
            return;
        }
        canvas.heading(heading, 14);
        for (FindingView finding : group) {
            canvas.keep(80);
            canvas.space(6);
            canvas.text(finding.title(), true, 11, 0);
            canvas.text(SEVERITY.in(language) + ": " + severity(finding.severity(), language) + "   "
                    + CITATION.in(language) + ": " + finding.citation() + "   (" + finding.ruleId() + ")", false, SMALL, 0);
            canvas.space(2);
            canvas.text(finding.explanation(), false, BODY, 0);
            if (finding.note() != null) {
                canvas.text(finding.note(), false, SMALL, 0);
            }
            if (!finding.triggeredBy().isEmpty()) {
                canvas.text(TRIGGERED_BY.in(language) + ":", true, SMALL, 0);
                for (AnswerView answer : finding.triggeredBy()) {
                    canvas.text(answer(answer, language), false, SMALL, INDENT);
                }
            }
            if (!finding.remediation().isEmpty()) {
                List<String> steps = finding.remediation();
                long done = IntStream.rangeClosed(1, steps.size())
                        .filter(number -> ticks.isDone(finding.ruleId(), number)).count();
                canvas.text(STEPS.in(language) + " (" + STEPS_DONE.in(language).formatted(done, steps.size()) + "):",
                        true, SMALL, 0);
                for (int number = 1; number <= steps.size(); number++) {
                    canvas.checkbox(steps.get(number - 1), ticks.isDone(finding.ruleId(), number), BODY, INDENT);
                }
            }
        }
    }

    private static void deadlines(PdfCanvas canvas, List<DeadlineView> deadlines, Language language) throws IOException {
        canvas.heading(DEADLINES.in(language), 14);
        if (deadlines.isEmpty()) {
            canvas.text(NO_DEADLINES.in(language), false, BODY, 0);
        }
        for (DeadlineView deadline : deadlines) {
            canvas.space(3);
            canvas.text(deadline.duty(), true, BODY, 0);
            canvas.text(FOLLOW.in(language) + ": " + clock(deadline.strictest(), language), false, BODY, INDENT);
            List<DeadlineEntryView> others = deadline.all().subList(1, deadline.all().size());
            if (!others.isEmpty()) {
                canvas.text(ALSO.in(language) + ": " + others.stream().map(entry -> clock(entry, language))
                        .collect(Collectors.joining("; ")), false, SMALL, INDENT);
            }
        }
    }

    private static void about(PdfCanvas canvas, String id, EvaluationView result, Language language) throws IOException {
        canvas.heading(ABOUT.in(language), 12);
        canvas.text(ASSESSMENT.in(language) + ": " + id, false, SMALL, 0);
        canvas.text(EVALUATED_ON.in(language) + ": " + result.evaluationDate(), false, SMALL, 0);
        canvas.text(RULEBASE.in(language) + ": " + result.rulebase().version(), false, SMALL, 0);
        canvas.text(TEXTS.in(language) + ": " + result.rulebase().textsVersion(), false, SMALL, 0);
        canvas.text(QUESTIONNAIRE.in(language) + ": " + result.questionnaire().id() + " " + result.questionnaire().version(),
                false, SMALL, 0);
        canvas.space(4);
        canvas.text(DISCLAIMER.in(language), false, SMALL, 0);
    }

    private static void footers(PDDocument document, PDFont font, String id, Language language) throws IOException {
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream stream = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                String text = "Attest · " + TITLE.in(language) + " · " + id + " · " + PAGE.in(language).formatted(i + 1, pages);
                PdfCanvas.writeAt(stream, text, font, 7, PdfCanvas.MARGIN, 30, GREY);
            }
        }
    }

    private static String clock(DeadlineEntryView entry, Language language) {
        double amount = entry.amount();
        String number = amount == Math.rint(amount) ? String.valueOf((long) amount) : String.valueOf(amount);
        return number + " " + unit(entry.unit(), amount, language) + calendarEquivalent(entry.unit(), amount, language)
                + " (" + entry.framework() + (entry.citation() == null ? "" : ", " + entry.citation()) + ")";
    }

    static String answer(AnswerView answer, Language language) {
        return "– " + answer.label() + ": " + (answer.text() != null ? answer.text() : UNANSWERED.in(language));
    }

    private static Color colour(String band) {
        return switch (band == null ? "" : band) {
            case "red" -> new Color(0xc6, 0x28, 0x28);
            case "amber" -> new Color(0xef, 0x9a, 0x1a);
            case "green" -> new Color(0x2e, 0x7d, 0x32);
            default -> GREY;
        };
    }
}
