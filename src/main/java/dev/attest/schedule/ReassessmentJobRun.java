package dev.attest.schedule;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One run of the re-assessment job and how far it got, written as it goes. */
@Entity
@Table(name = "reassessment_job_run")
public class ReassessmentJobRun extends PanacheEntityBase {

    @Id
    @Column(name = "id", nullable = false, length = 36)
    public String id;

    /** Which service instance ran it. */
    @Column(name = "instance", nullable = false, length = 100)
    public String instance;

    /** The day it re-assessed for: organisations due on or before it. */
    @Column(name = "run_date", nullable = false)
    public LocalDate runDate;

    /** {@code running}, {@code finished}; a run left {@code running} was cut short. */
    @Column(name = "status", nullable = false, length = 16)
    public String status;

    @Column(name = "due", nullable = false)
    public int due;

    @Column(name = "reassessed", nullable = false)
    public int reassessed;

    /** Due, but another run (or instance) had already re-assessed it for that due date. */
    @Column(name = "already_done", nullable = false)
    public int alreadyDone;

    @Column(name = "failed", nullable = false)
    public int failed;

    /** Reminders sent before the run re-assessed: one per organisation or self-assessment, whatever its recipients. */
    @Column(name = "reminders", nullable = false)
    public int reminders;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
