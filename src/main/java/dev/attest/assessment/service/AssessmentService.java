package dev.attest.assessment.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.attest.assessment.Assessment;
import dev.attest.assessment.StoredAssessment;
import dev.attest.evaluation.EvaluationResult;
import dev.attest.evaluation.rest.EvaluationRequest;
import dev.attest.evaluation.service.Evaluation;
import dev.attest.evaluation.service.EvaluationService;
import dev.attest.rules.service.RulebaseArchive;

/**
 * Evaluates and stores assessments. The stored result holds check ids and the facts behind them; the
 * rulebase version that produced it is archived first, so the result can always be explained and re-run.
 */
@ApplicationScoped
public class AssessmentService {

    @Inject
    EvaluationService evaluations;

    @Inject
    RulebaseArchive archive;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Transactional
    public StoredAssessment create(EvaluationRequest request) {
        Evaluation evaluation = evaluations.evaluate(request);
        archive.ensureArchived(evaluation.rulebase());
        EvaluationResult result = evaluation.result();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Assessment assessment = new Assessment();
        assessment.id = UUID.randomUUID().toString();
        assessment.questionnaireId = result.questionnaireId();
        assessment.questionnaireVersion = result.questionnaireVersion();
        assessment.rulebaseVersion = result.rulebaseVersion();
        assessment.textsVersion = result.textsVersion();
        assessment.evaluationDate = result.evaluationDate();
        assessment.answers = write(evaluation.answers());
        assessment.result = write(result);
        assessment.overallScore = result.scores().overall();
        assessment.band = result.scores().band().code();
        assessment.createdAt = now;
        assessment.updatedAt = now;
        assessment.persist();
        return toStored(assessment);
    }

    @Transactional
    public Optional<StoredAssessment> find(String id) {
        return Assessment.<Assessment>findByIdOptional(id).map(this::toStored);
    }

    private StoredAssessment toStored(Assessment assessment) {
        try {
            return new StoredAssessment(assessment.id, assessment.createdAt, assessment.updatedAt,
                    json.readTree(assessment.answers), json.readValue(assessment.result, EvaluationResult.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored assessment " + assessment.id + " could not be read", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An assessment could not be written as JSON", e);
        }
    }
}
