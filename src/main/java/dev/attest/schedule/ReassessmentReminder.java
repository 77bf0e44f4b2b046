package dev.attest.schedule;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A reminder sent before a due date; its unique (subject, due date, days before) keeps it from going out twice. */
@Entity
@Table(name = "reassessment_reminder")
public class ReassessmentReminder extends PanacheEntityBase {

    public static final String ONCE_CONSTRAINT = "reassessment_reminder_once";
    public static final String ORGANISATION = "organisation";
    /** A web-form self-assessment whose owner left an e-mail address; the subject id is its draft's. */
    public static final String SELF_ASSESSMENT = "self-assessment";

    @Id
    @Column(name = "id", nullable = false, length = 36)
    public String id;

    @Column(name = "workspace_id", nullable = false, length = 36)
    public String workspaceId;

    @Column(name = "subject_kind", nullable = false, length = 16)
    public String subjectKind;

    @Column(name = "subject_id", nullable = false, length = 36)
    public String subjectId;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "days_before", nullable = false)
    public int daysBefore;

    /** How many e-mails it queued (an organisation's contacts; one self-assessing owner). */
    @Column(name = "recipients", nullable = false)
    public int recipients;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;
}
