package dev.attest.assessment.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.attest.assessment.Assessment;
import dev.attest.assessment.AssessmentStored;
import dev.attest.assessment.Rerun;
import dev.attest.assessment.StoredAssessment;
import dev.attest.evaluation.EvaluationResult;
import dev.attest.evaluation.Review;
import dev.attest.evaluation.rest.EvaluationRequest;
import dev.attest.evaluation.service.Evaluation;
import dev.attest.evaluation.service.EvaluationService;
import dev.attest.platform.problem.ResourceNotFoundException;
import dev.attest.questionnaire.Questionnaire;
import dev.attest.questionnaire.ValidatedAnswers;
import dev.attest.questionnaire.ValidationMode;
import dev.attest.questionnaire.service.AnswerValidator;
import dev.attest.questionnaire.service.QuestionnaireCatalog;
import dev.attest.rules.engine.Rulebase;
import dev.attest.rules.model.FrameworkApplicability;
import dev.attest.rules.service.RulebaseArchive;
import dev.attest.rules.service.RulebaseRegistry;
import dev.attest.workspace.CurrentWorkspace;

/**
 * Evaluates and stores assessments, and re-runs stored answers against today's rules. The stored result holds
 * check ids and the facts behind them; the rulebase version that produced it is archived first, so the
 * result can always be explained and re-run. Every assessment belongs to the current request's workspace and is found
 * only from it.
 */
@ApplicationScoped
public class AssessmentService {

    @Inject
    EvaluationService evaluations;

    @Inject
    QuestionnaireCatalog questionnaires;

    @Inject
    AnswerValidator validator;

    @Inject
    RulebaseRegistry rulebases;

    @Inject
    RulebaseArchive archive;

    @Inject
    AffectedChecks affectedChecks;

    @Inject
    ObjectMapper json;

    @Inject
    CurrentWorkspace workspace;

    @Inject
    Clock clock;

    @Inject
    Event<AssessmentStored> stored;

    @Transactional
    public StoredAssessment create(EvaluationRequest request) {
        return create(request, null);
    }

    /**
     * Evaluates and stores answers as an assessment of {@code organisationId} (null for none); callers check the
     * organisation belongs to the current workspace.
     */
    @Transactional
    public StoredAssessment create(EvaluationRequest request, String organisationId) {
        Evaluation evaluation = evaluations.evaluate(request);
        return store(evaluation.result(), evaluation.answers(), write(evaluation.answers()), evaluation.rulebase(), null,
                organisationId);
    }

    /**
     * Re-runs an assessment's stored answers against the current questionnaire and rulebase, as a new assessment
     * linked to it. Answers the questionnaire no longer accepts do not fail the run: it is marked for review with
     * the checks that read them.
     */
    @Transactional
    public Optional<StoredAssessment> reassess(String id, LocalDate evaluationDate) {
        return Assessment.findInWorkspace(workspace.id(), id)
                .map(previous -> rerun(previous, read(previous.answers, JsonNode.class, previous.id), evaluationDate));
    }

    /**
     * Re-runs the latest assessment of an organisation of the current workspace as {@link #reassess} does, reading and
     * parsing it once: the scheduled job's path, which also needs it for the drift. Empty when the organisation has
     * no assessment.
     */
    @Transactional
    public Optional<Rerun> reassessLatest(String organisationId, LocalDate evaluationDate) {
        return Assessment.latestOfOrganisation(workspace.id(), organisationId).map(latest -> {
            StoredAssessment previous = toStored(latest);
            return new Rerun(previous, rerun(latest, previous.answers(), evaluationDate));
        });
    }

    private StoredAssessment rerun(Assessment previous, JsonNode answers, LocalDate evaluationDate) {
        Questionnaire questionnaire = questionnaires.find(previous.questionnaireId)
                .orElseThrow(() -> new ResourceNotFoundException("questionnaire", previous.questionnaireId));
        ValidatedAnswers validated = validator.validate(questionnaire, answers, ValidationMode.RERUN);
        Rulebase rulebase = rulebases.current();
        LocalDate date = evaluationDate != null ? evaluationDate : LocalDate.now(clock);
        EvaluationResult result = evaluations.evaluate(rulebase, validated, date);
        if (!validated.stale().isEmpty()) {
            result = result.withReview(new Review(validated.stale(),
                    affectedChecks.of(validated.stale(), rulebase, previous.rulebaseVersion)));
        }
        // The answers are the stored ones: their text is written again as it was read.
        return store(result, answers, previous.answers, rulebase, previous.id, previous.organisationId);
    }

    @Transactional
    public Optional<StoredAssessment> find(String id) {
        return Assessment.findInWorkspace(workspace.id(), id).map(this::toStored);
    }

    /**
     * The assessments of an organisation of the current workspace, oldest first: by evaluation date, then by when they
     * were stored (so a re-run of old answers sits at the date it was evaluated for); none for another workspace's.
     */
    @Transactional
    public List<StoredAssessment> ofOrganisation(String organisationId) {
        return Assessment.<Assessment>list("workspaceId = ?1 and organisationId = ?2 order by evaluationDate, createdAt, id",
                workspace.id(), organisationId).stream().map(this::toStored).toList();
    }

    private StoredAssessment store(EvaluationResult result, JsonNode answers, String answersText, Rulebase rulebase,
            String previousId, String organisationId) {
        archive.ensureArchived(rulebase);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Assessment assessment = new Assessment();
        assessment.id = UUID.randomUUID().toString();
        assessment.workspaceId = workspace.id();
        assessment.organisationId = organisationId;
        assessment.previousAssessmentId = previousId;
        assessment.questionnaireId = result.questionnaireId();
        assessment.questionnaireVersion = result.questionnaireVersion();
        assessment.rulebaseVersion = result.rulebaseVersion();
        assessment.textsVersion = result.textsVersion();
        assessment.evaluationDate = result.evaluationDate();
        assessment.answers = answersText;
        assessment.result = write(result);
        assessment.overallScore = result.scores().overall();
        assessment.band = result.scores().band().code();
        assessment.needsReview = result.needsReview();
        result.applicability().stream().filter(FrameworkApplicability::applies)
                .forEach(applicability -> assessment.frameworks.add(applicability.framework()));
        assessment.createdAt = now;
        assessment.updatedAt = now;
        assessment.persist();
        stored.fire(new AssessmentStored(assessment.id, assessment.workspaceId, organisationId, assessment.evaluationDate));
        // What was just written, not read back: parsing the result again cost a re-assessment run about 6% of its time.
        return new StoredAssessment(assessment.id, organisationId, previousId, now, now, answers, result);
    }

    private StoredAssessment toStored(Assessment assessment) {
        return new StoredAssessment(assessment.id, assessment.organisationId, assessment.previousAssessmentId, assessment.createdAt,
                assessment.updatedAt, read(assessment.answers, JsonNode.class, assessment.id),
                read(assessment.result, EvaluationResult.class, assessment.id));
    }

    private <T> T read(String content, Class<T> type, String id) {
        try {
            return json.readValue(content, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored assessment " + id + " could not be read", e);
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
