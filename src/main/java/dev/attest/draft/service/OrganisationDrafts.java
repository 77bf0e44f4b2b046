package dev.attest.draft.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import dev.attest.assessment.StoredAssessment;
import dev.attest.draft.Draft;
import dev.attest.draft.config.DraftConfig;
import dev.attest.draft.rest.DraftPatch;
import dev.attest.draft.rest.DraftRequest;
import dev.attest.organisation.Organisation;
import dev.attest.platform.i18n.Language;
import dev.attest.platform.paging.PagedList;
import dev.attest.platform.paging.Paging;
import dev.attest.platform.problem.FieldError;
import dev.attest.platform.problem.InvalidRequestException;
import dev.attest.questionnaire.Questionnaire;
import dev.attest.questionnaire.service.QuestionnaireCatalog;
import dev.attest.workspace.CurrentWorkspace;

/**
 * A consultant's drafts of an organisation's assessment, in the current workspace only: created, read, patched,
 * submitted and deleted through the API. Checking, saving and submitting answers go through {@link DraftService},
 * as on the web form. Empty answers mean the workspace has no such organisation or draft.
 */
@ApplicationScoped
public class OrganisationDrafts {

    private static final String LANGUAGES = "expected one of en, ru";

    @Inject
    CurrentWorkspace workspace;

    @Inject
    DraftService drafts;

    @Inject
    QuestionnaireCatalog questionnaires;

    @Inject
    DraftConfig config;

    @Inject
    ObjectMapper json;

    /** A new draft; its answers are checked as far as given, and a bad field stores nothing. */
    @Transactional
    public Optional<Draft> create(String organisationId, DraftRequest request) {
        Optional<Organisation> organisation = Organisation.findInWorkspace(workspace.id(), organisationId);
        if (organisation.isEmpty()) {
            return Optional.empty();
        }
        DraftRequest body = request == null ? new DraftRequest(null, null, null) : request;
        List<FieldError> errors = new ArrayList<>();
        String questionnaireId = body.questionnaireId() == null ? config.questionnaire() : body.questionnaireId();
        Questionnaire questionnaire = questionnaires.find(questionnaireId).orElse(null);
        if (questionnaire == null) {
            errors.add(FieldError.body("/questionnaireId", "unknown questionnaire '" + questionnaireId
                    + "'; GET /api/v1/questionnaires lists them"));
        }
        Language language = language(body.language(), errors);
        ObjectNode answers = answersObject(body.answers(), errors);
        if (questionnaire != null && answers != null) {
            answerErrors(questionnaire, answers, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return Optional.of(drafts.start(workspace.id(), organisation.get().id, null, questionnaire,
                language == null ? Language.FALLBACK : language, answers == null ? json.createObjectNode() : answers));
    }

    /** The organisation's drafts, most recently changed first. */
    @Transactional
    public Optional<PagedList<Draft>> list(String organisationId, Paging paging) {
        return Organisation.findInWorkspace(workspace.id(), organisationId).map(organisation -> {
            PanacheQuery<Draft> query = Draft.find("workspaceId = ?1 and organisationId = ?2 and resumeTokenHash is null",
                    Sort.descending("updatedAt").and("id"), workspace.id(), organisation.id);
            return new PagedList<>(query.page(Page.of(paging.page(), paging.size())).list(), paging.page(),
                    paging.size(), query.count());
        });
    }

    @Transactional
    public Optional<Draft> find(String draftId) {
        return Draft.findOrganisationDraft(workspace.id(), draftId);
    }

    /**
     * Applies a merge patch to the draft's answers and language. Every bad field is reported at once and leaves the
     * draft as it was; a submitted draft cannot change.
     */
    @Transactional
    public Optional<Draft> update(String draftId, DraftPatch patch) {
        Optional<Draft> found = find(draftId);
        if (found.isEmpty()) {
            return found;
        }
        Draft draft = open(found.get());
        DraftPatch body = patch == null ? new DraftPatch(null, null) : patch;
        List<FieldError> errors = new ArrayList<>();
        Language language = language(body.language(), errors);
        ObjectNode changes = answersObject(body.answers(), errors);
        ObjectNode saved = drafts.answers(draft);
        ObjectNode updates = json.createObjectNode();
        List<String> cleared = new ArrayList<>();
        if (changes != null) {
            changes.fields().forEachRemaining(change -> {
                if (change.getValue().isNull()) {
                    cleared.add(change.getKey());
                } else {
                    updates.set(change.getKey(), MergePatch.apply(saved.get(change.getKey()), change.getValue()));
                }
            });
            answerErrors(drafts.questionnaire(draft), DraftService.merge(saved, updates, cleared), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        if (changes != null) {
            draft = drafts.saveAnswers(draft, updates, cleared, draft.currentSection);
        }
        if (language != null) {
            draft = drafts.saveLanguage(draft, language);
        }
        return Optional.of(draft);
    }

    /**
     * Submits the draft as an assessment of its organisation. Missing or bad answers are a 400 listing each, and the
     * draft stays open; a submitted draft cannot be submitted again.
     */
    @Transactional
    public Optional<StoredAssessment> submit(String draftId) {
        Optional<Draft> found = find(draftId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SubmitOutcome outcome = drafts.submit(open(found.get()));
        if (!outcome.submitted()) {
            throw new InvalidRequestException(outcome.errors().stream()
                    .map(error -> FieldError.answers(error.pointer(), error.reason())).toList());
        }
        return Optional.of(outcome.assessment());
    }

    /** Deletes the draft, submitted or not (an assessment made of it stays); false if there is no such draft. */
    @Transactional
    public boolean delete(String draftId) {
        Optional<Draft> found = find(draftId);
        found.ifPresent(drafts::delete);
        return found.isPresent();
    }

    private static Draft open(Draft draft) {
        if (draft.submitted()) {
            throw new DraftSubmittedException(draft.id, draft.submittedAssessmentId);
        }
        return draft;
    }

    private static Language language(String code, List<FieldError> errors) {
        if (code == null) {
            return null;
        }
        Optional<Language> language = Language.fromCode(code).filter(known -> known.code().equals(code));
        if (language.isEmpty()) {
            errors.add(FieldError.body("/language", LANGUAGES));
        }
        return language.orElse(null);
    }

    private static ObjectNode answersObject(JsonNode answers, List<FieldError> errors) {
        if (answers == null || answers.isNull()) {
            return null;
        }
        if (!answers.isObject()) {
            errors.add(FieldError.body("/answers", "expected an object of answers keyed by question id"));
            return null;
        }
        return (ObjectNode) answers;
    }

    private void answerErrors(Questionnaire questionnaire, JsonNode answers, List<FieldError> errors) {
        drafts.answerErrors(questionnaire, answers)
                .forEach(error -> errors.add(FieldError.answers(error.pointer(), error.reason())));
    }
}
