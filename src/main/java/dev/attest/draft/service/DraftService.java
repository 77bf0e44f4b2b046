package dev.attest.draft.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
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
import dev.attest.questionnaire.AnswerError;
import dev.attest.questionnaire.InvalidAnswersException;
import dev.attest.questionnaire.Questionnaire;
import dev.attest.questionnaire.ValidationMode;
import dev.attest.questionnaire.service.AnswerValidator;
import dev.attest.questionnaire.service.QuestionnaireCatalog;
import dev.attest.workspace.CurrentWorkspace;
import dev.attest.workspace.Workspace;

/**
 * Drafts of assessments, whoever fills them: the web form (created with a resume token that is handed out once and
 * kept only as its hash, saved one section at a time) and consultants through the API ({@link OrganisationDrafts}).
 * Both check partial answers, save them and submit them here. Nothing here logs a token.
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
    CurrentWorkspace workspace;

    @Inject
    Clock clock;

    /** Removing one bad answer can reveal another (a group's sibling); a few rounds always suffice. */
    private static final int MAX_CLEANING_PASSES = 5;

    /** A web-form draft: self-service, opened by the returned token. */
    @Transactional
    public NewDraft create(String questionnaireId, Language language) {
        Questionnaire questionnaire = questionnaires.find(questionnaireId)
                .orElseThrow(() -> new ResourceNotFoundException("questionnaire", questionnaireId));
        String token = ResumeTokens.generate();
        Draft draft = start(Workspace.SELF_SERVICE_ID, null, ResumeTokens.hash(token), questionnaire, language,
                json.createObjectNode());
        return new NewDraft(draft, token);
    }

    /**
     * A web-form draft filled in with earlier answers, for the link of a re-assessment reminder: the owner reviews
     * them and submits, and the assessment goes to {@code organisationId} of {@code workspaceId} (none for a
     * self-assessment). Answers the questionnaire no longer accepts are left out, so every step can be saved.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public NewDraft review(String workspaceId, String organisationId, String questionnaireId, Language language,
            JsonNode earlierAnswers, String email) {
        Questionnaire questionnaire = questionnaires.find(questionnaireId)
                .orElseThrow(() -> new ResourceNotFoundException("questionnaire", questionnaireId));
        ObjectNode answers = earlierAnswers instanceof ObjectNode object ? object.deepCopy() : json.createObjectNode();
        for (int pass = 0; pass < MAX_CLEANING_PASSES; pass++) {
            List<AnswerError> errors = answerErrors(questionnaire, answers);
            if (errors.isEmpty()) {
                break;
            }
            errors.forEach(error -> answers.remove(topLevelQuestion(error.pointer())));
        }
        String token = ResumeTokens.generate();
        Draft draft = start(workspaceId, organisationId, ResumeTokens.hash(token), questionnaire, language, answers);
        draft.email = email;
        return new NewDraft(draft, token);
    }

    private static String topLevelQuestion(String pointer) {
        String path = pointer.startsWith("/") ? pointer.substring(1) : pointer;
        int slash = path.indexOf('/');
        return (slash < 0 ? path : path.substring(0, slash)).replace("~1", "/").replace("~0", "~");
    }

    /** Stores a new draft; {@code answers} have been checked with {@link #answerErrors}. */
    Draft start(String workspaceId, String organisationId, String tokenHash, Questionnaire questionnaire,
            Language language, ObjectNode answers) {
        Instant now = now();
        Draft draft = new Draft();
        draft.id = UUID.randomUUID().toString();
        draft.workspaceId = workspaceId;
        draft.organisationId = organisationId;
        draft.resumeTokenHash = tokenHash;
        draft.questionnaireId = questionnaire.id();
        draft.answers = write(answers);
        draft.language = language.code();
        draft.createdAt = now;
        draft.updatedAt = now;
        draft.persist();
        return draft;
    }

    @Transactional
    public void changeLanguage(Draft draft, Language language) {
        Draft stored = Draft.findById(draft.id);
        stored.language = language.code();
        draft.language = language.code();
    }

    /** The web-form draft a resume token opens; malformed tokens are not looked up. */
    @Transactional
    public Optional<Draft> find(String token) {
        if (!ResumeTokens.wellFormed(token)) {
            return Optional.empty();
        }
        Optional<Draft> draft = Draft.findByTokenHash(ResumeTokens.hash(token));
        // The link stands for its draft: a reminder's draft of a consultant's client acts, on the pages of that draft
        // only, for the client's workspace, where its assessment will be stored and read.
        draft.ifPresent(found -> workspace.actingFor(found.workspaceId));
        return draft;
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
     * What is wrong with answers so far, by the questionnaire's own parsing rules: wrong types, unknown questions and
     * options, values out of range. Nothing is required yet: that waits for {@link #submit}.
     */
    public List<AnswerError> answerErrors(Questionnaire questionnaire, JsonNode answers) {
        try {
            validator.validate(questionnaire, answers, ValidationMode.RULE_CASE);
            return List.of();
        } catch (InvalidAnswersException e) {
            return e.errors();
        }
    }

    /** The visible required questions still unanswered, as JSON Pointers into the answers. */
    public List<String> missing(Draft draft) {
        try {
            validator.validate(questionnaire(draft), answers(draft), ValidationMode.SUBMISSION);
            return List.of();
        } catch (InvalidAnswersException e) {
            return e.errors().stream().filter(error -> AnswerValidator.REQUIRED.equals(error.reason()))
                    .map(AnswerError::pointer).toList();
        }
    }

    /** {@code saved} with {@code updates} replacing those answers and {@code cleared} questions losing theirs. */
    public static ObjectNode merge(ObjectNode saved, JsonNode updates, Collection<String> cleared) {
        ObjectNode merged = saved.deepCopy();
        cleared.forEach(merged::remove);
        updates.fields().forEachRemaining(entry -> merged.set(entry.getKey(), entry.getValue()));
        return merged;
    }

    /**
     * Saves answers: {@code updates} replace those answers, {@code cleared} questions lose theirs; every other
     * answer is kept. {@code section} is where the web form left off (null on the API).
     */
    @Transactional
    public Draft saveAnswers(Draft draft, JsonNode updates, Collection<String> cleared, String section) {
        Draft stored = load(draft);
        stored.answers = write(merge(answers(stored), updates, cleared));
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
        stored.updatedAt = now();
        return stored;
    }

    /**
     * Validates every answer as a submission; when they pass, evaluates and stores the assessment, of the draft's
     * organisation if it has one, through the same path as the API's assessments.
     */
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
        StoredAssessment assessment = assessments.create(new EvaluationRequest(questionnaire.id(), null, answers),
                stored.organisationId);
        stored.submittedAssessmentId = assessment.id();
        stored.updatedAt = now();
        return new SubmitOutcome(assessment, List.of());
    }

    @Transactional
    public void delete(Draft draft) {
        load(draft).delete();
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
