package dev.attest.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A consultant's client inside a workspace; its assessments name it. */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {

    @Id
    @Column(name = "id", nullable = false, length = 36)
    public String id;

    /** The workspace that owns it; every read is scoped by it. */
    @Column(name = "workspace_id", nullable = false, length = 36)
    public String workspaceId;

    @Column(name = "name", nullable = false, length = 200)
    public String name;

    /** ISO 3166-1 alpha-2, upper case. */
    @Column(name = "country", nullable = false, length = 2)
    public String country;

    /** Free text: sectors are named too differently across clients for a fixed list to help. */
    @Column(name = "sector", length = 100)
    public String sector;

    @Column(name = "reassessment_months", nullable = false)
    public int reassessmentMonths;

    /** The contacts as a JSON array of {name, email, role}. */
    @Column(name = "contacts", nullable = false)
    public String contacts;

    /** The evaluation date of its latest assessment; null until it has one. */
    @Column(name = "last_assessed_on")
    public LocalDate lastAssessedOn;

    /** When the schedule re-assesses it: the last assessment's date plus the cadence; null until it has one. */
    @Column(name = "next_due_on")
    public LocalDate nextDueOn;

    /** A paused schedule neither re-assesses nor reminds; the due date keeps counting. */
    @Column(name = "schedule_paused", nullable = false)
    public boolean schedulePaused;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Takes an assessment evaluated for {@code evaluationDate} into the schedule; an older one changes nothing. */
    public void assessedOn(LocalDate evaluationDate) {
        if (lastAssessedOn == null || evaluationDate.isAfter(lastAssessedOn)) {
            lastAssessedOn = evaluationDate;
        }
        reschedule();
    }

    /** Derives the next due date from the last assessment and the cadence, after either changed. */
    public void reschedule() {
        nextDueOn = lastAssessedOn == null ? null : lastAssessedOn.plusMonths(reassessmentMonths);
    }

    /** An organisation of {@code workspaceId}; another workspace's id is as absent as one that never existed. */
    public static Optional<Organisation> findInWorkspace(String workspaceId, String id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResultOptional();
    }
}
