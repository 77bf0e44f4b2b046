package dev.attest.actionplan.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.attest.assessment.StoredAssessment;
import dev.attest.rules.model.CheckOutcome;
import dev.attest.rules.model.CheckResult;

/** Which of an organisation's assessments, oldest first, failed which checks. */
final class FindingHistory {

    private final List<StoredAssessment> assessments;
    private final List<Set<String>> failed = new ArrayList<>();

    FindingHistory(List<StoredAssessment> assessments) {
        this.assessments = List.copyOf(assessments);
        for (StoredAssessment assessment : this.assessments) {
            failed.add(assessment.result().checks().stream().filter(check -> check.outcome() == CheckOutcome.FAILED)
                    .map(CheckResult::check).collect(Collectors.toSet()));
        }
    }

    Optional<StoredAssessment> latest() {
        return assessments.isEmpty() ? Optional.empty() : Optional.of(assessments.get(assessments.size() - 1));
    }

    /** The first assessment that failed the check. */
    Optional<StoredAssessment> first(String checkId) {
        for (int i = 0; i < assessments.size(); i++) {
            if (failed.get(i).contains(checkId)) {
                return Optional.of(assessments.get(i));
            }
        }
        return Optional.empty();
    }

    /** The latest assessment that failed the check. */
    Optional<StoredAssessment> last(String checkId) {
        for (int i = assessments.size() - 1; i >= 0; i--) {
            if (failed.get(i).contains(checkId)) {
                return Optional.of(assessments.get(i));
            }
        }
        return Optional.empty();
    }

    /** The assessment after the given one, if any. */
    Optional<StoredAssessment> after(String assessmentId) {
        int index = index(assessmentId);
        return index < 0 || index + 1 >= assessments.size() ? Optional.empty() : Optional.of(assessments.get(index + 1));
    }

    /** Whether {@code later} comes after {@code earlier}; false when either is not one of these assessments. */
    boolean newer(String later, String earlier) {
        int laterIndex = index(later);
        int earlierIndex = index(earlier);
        return laterIndex >= 0 && earlierIndex >= 0 && laterIndex > earlierIndex;
    }

    private int index(String assessmentId) {
        for (int i = 0; i < assessments.size(); i++) {
            if (assessments.get(i).id().equals(assessmentId)) {
                return i;
            }
        }
        return -1;
    }
}
