package dev.attest.draft.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.assessment.StoredAssessment;
import dev.attest.assessment.service.AssessmentService;
import dev.attest.draft.Draft;
import dev.attest.evaluation.rest.EvaluationRequest;
import dev.attest.platform.i18n.Language;
import dev.attest.platform.problem.ResourceNotFoundException;
import dev.attest.questionnaire.InvalidAnswersException;
import dev.attest.questionnaire.Questionnaire;
import dev.attest.questionnaire.ValidationMode;
import dev.attest.questionnaire.service.AnswerValidator;
import dev.attest.questionnaire.service.QuestionnaireCatalog;

/**
 * Drafts of self-assessments: created with a resume token that is handed out once and kept only as its hash,
 * saved one section at a time, and submitted as an assessment. Nothing here logs a token.
 */
@ApplicationScoped
public class DraftService {

    @Inject
    QuestionnaireCatalog questionnaires;

    @Inject
    AnswerValidator validator;

    @Inject
    AssessmentService assessments;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Transactional
    public NewDraft create(String questionnaireId, Language language) {
        questionnaires.find(questionnaireId)
                .orElseThrow(() -> new ResourceNotFoundException("questionnaire", questionnaireId));
        String token = ResumeTokens.generate();
        Instant now = now();
        Draft draft = new Draft();
        draft.id = UUID.randomUUID().toString();
        draft.resumeTokenHash = ResumeTokens.hash(token);
        draft.questionnaireId = questionnaireId;
        draft.answers = "{}";
        draft.language = language.code();
        draft.createdAt = now;
        draft.updatedAt = now;
        draft.persist();
        return new NewDraft(draft, token);
    }

    @Transactional
    public void changeLanguage(Draft draft, Language language) {
        Draft stored = Draft.findById(draft.id);
        stored.language = language.code();
        draft.language = language.code();
    }

    /** The draft a resume token opens; malformed tokens are not looked up. */
    @Transactional
    public Optional<Draft> find(String token) {
        if (!ResumeTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return Draft.findByTokenHash(ResumeTokens.hash(token));
    }

    public Questionnaire questionnaire(Draft draft) {
        return questionnaires.find(draft.questionnaireId)
                .orElseThrow(() -> new ResourceNotFoundException("questionnaire", draft.questionnaireId));
    }

    public ObjectNode answers(Draft draft) {
        try {
            return (ObjectNode) json.readTree(draft.answers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Saves one section: {@code updates} replace those answers, {@code cleared} questions lose theirs; every other
     * answer is kept.
     */
    @Transactional
    public Draft saveAnswers(Draft draft, JsonNode updates, Collection<String> cleared, String section) {
        Draft stored = load(draft);
        ObjectNode answers = answers(stored);
        cleared.forEach(answers::remove);
        updates.fields().forEachRemaining(entry -> answers.set(entry.getKey(), entry.getValue()));
        stored.answers = write(answers);
        stored.currentSection = section;
        stored.updatedAt = now();
        return stored;
    }

    @Transactional
    public Draft saveEmail(Draft draft, String email) {
        Draft stored = load(draft);
        stored.email = email == null || email.isBlank() ? null : email.trim();
        stored.updatedAt = now();
        return stored;
    }

    @Transactional
    public Draft saveLanguage(Draft draft, Language language) {
        Draft stored = load(draft);
        stored.language = language.code();
        return stored;
    }

    /** Validates every answer as a submission; when they pass, evaluates and stores the assessment. */
    @Transactional
    public SubmitOutcome submit(Draft draft) {
        Draft stored = load(draft);
        Questionnaire questionnaire = questionnaire(stored);
        ObjectNode answers = answers(stored);
        try {
            validator.validate(questionnaire, answers, ValidationMode.SUBMISSION);
        } catch (InvalidAnswersException e) {
            return new SubmitOutcome(null, e.errors());
        }
        StoredAssessment assessment = assessments.create(new EvaluationRequest(questionnaire.id(), null, answers));
        stored.submittedAssessmentId = assessment.id();
        stored.updatedAt = now();
        return new SubmitOutcome(assessment.id(), java.util.List.of());
    }

    private Draft load(Draft draft) {
        return Draft.<Draft>findByIdOptional(draft.id)
                .orElseThrow(() -> new ResourceNotFoundException("draft", draft.id));
    }

    private String write(JsonNode answers) {
        try {
            return json.writeValueAsString(answers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
