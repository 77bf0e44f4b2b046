package dev.attest.organisation.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.attest.assessment.Assessment;
import dev.attest.evaluation.EvaluationResult;
import dev.attest.evaluation.FrameworkScore;
import dev.attest.organisation.History;
import dev.attest.organisation.History.FrameworkHistory;
import dev.attest.organisation.History.Point;
import dev.attest.organisation.Organisation;
import dev.attest.workspace.CurrentWorkspace;

/**
 * An organisation's score over time, read from its stored results: each assessment is one point, in the order of
 * evaluation date (then storage time), so a re-assessment of old answers sits at the date it was evaluated for.
 */
@ApplicationScoped
public class HistoryService {

    @Inject
    CurrentWorkspace workspace;

    @Inject
    ObjectMapper json;

    /** Empty when the workspace has no such organisation. */
    @Transactional
    public Optional<History> of(String organisationId) {
        if (Organisation.findInWorkspace(workspace.id(), organisationId).isEmpty()) {
            return Optional.empty();
        }
        List<Assessment> assessments = Assessment.list(
                "workspaceId = ?1 and organisationId = ?2 order by evaluationDate, createdAt, id",
                workspace.id(), organisationId);
        List<Point> overall = new ArrayList<>();
        Map<String, List<Point>> byFramework = new TreeMap<>();
        for (Assessment assessment : assessments) {
            EvaluationResult result = read(assessment);
            overall.add(new Point(assessment.evaluationDate, assessment.id,
                    result.scores().overall() == null ? FrameworkScore.NOT_ASSESSED : FrameworkScore.SCORED,
                    result.scores().overall(), result.scores().band().code()));
            for (FrameworkScore score : result.scores().frameworks()) {
                byFramework.computeIfAbsent(score.framework(), framework -> new ArrayList<>())
                        .add(new Point(assessment.evaluationDate, assessment.id, score.status(), score.score(),
                                score.band() == null ? null : score.band().code()));
            }
        }
        List<FrameworkHistory> frameworks = byFramework.entrySet().stream()
                .map(entry -> new FrameworkHistory(entry.getKey(), entry.getValue())).toList();
        return Optional.of(new History(organisationId, overall, frameworks));
    }

    private EvaluationResult read(Assessment assessment) {
        try {
            return json.readValue(assessment.result, EvaluationResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored assessment " + assessment.id + " could not be read", e);
        }
    }
}
