package dev.attest.schedule.service;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import dev.attest.organisation.Organisation;
import dev.attest.schedule.ReassessmentJobRun;
import dev.attest.schedule.config.ScheduleConfig;
import dev.attest.schedule.service.ReassessmentOutcome.Kind;

/**
 * One run of the re-assessment job: every organisation due on the run's date, in batches, by a bounded number of
 * workers, each organisation in a transaction of its own. Progress is recorded after every batch. A run that is
 * killed loses at most the organisations in flight, whose transactions roll back; the next run finds them still
 * due, and finds the others done.
 */
@ApplicationScoped
public class ReassessmentRunner {

    private static final Logger LOG = Logger.getLogger(ReassessmentRunner.class);

    @Inject
    Reassessor reassessor;

    @Inject
    ReminderSender reminders;

    @Inject
    ScheduleConfig config;

    @Inject
    Clock clock;

    /** Sends the day's reminders, then re-assesses every organisation due on or before {@code today}. */
    public RunSummary run(LocalDate today) {
        int reminded = reminders.send(today);
        List<DueOrganisation> due = QuarkusTransaction.requiringNew().call(() -> dueOn(today));
        ReassessmentJobRun run = QuarkusTransaction.requiringNew().call(() -> start(today, due.size(), reminded));
        LOG.infof("Re-assessment run %s for %s: %d organisations due", run.id, today, due.size());
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, config.workers()));
        try {
            for (int from = 0; from < due.size(); from += config.batchSize()) {
                List<DueOrganisation> batch = due.subList(from, Math.min(due.size(), from + config.batchSize()));
                List<Future<ReassessmentOutcome>> outcomes = new ArrayList<>(batch.size());
                for (DueOrganisation organisation : batch) {
                    outcomes.add(workers.submit(() -> reassessor.reassess(organisation.id(), organisation.dueOn(), today, "schedule")));
                }
                for (Future<ReassessmentOutcome> outcome : outcomes) {
                    counts.merge(await(outcome), 1, Integer::sum);
                }
                QuarkusTransaction.requiringNew().run(() -> progress(run.id, counts, false));
            }
        } finally {
            workers.shutdownNow();
        }
        ReassessmentJobRun finished = QuarkusTransaction.requiringNew().call(() -> progress(run.id, counts, true));
        LOG.infof("Re-assessment run %s finished: %d re-assessed, %d already done, %d failed", run.id,
                finished.reassessed, finished.alreadyDone, finished.failed);
        return RunSummary.of(finished);
    }

    /** Every organisation due on or before {@code today} and not paused, read once at the start of the run. */
    private static List<DueOrganisation> dueOn(LocalDate today) {
        return Organisation.getEntityManager().createQuery("select new " + DueOrganisation.class.getName()
                + "(o.id, o.nextDueOn) from Organisation o where o.schedulePaused = false and o.nextDueOn <= :today "
                + "order by o.nextDueOn, o.id", DueOrganisation.class).setParameter("today", today).getResultList();
    }

    private ReassessmentJobRun start(LocalDate today, int due, int reminded) {
        Instant now = now();
        ReassessmentJobRun run = new ReassessmentJobRun();
        run.id = UUID.randomUUID().toString();
        run.instance = config.instance().orElseGet(ReassessmentRunner::hostName);
        run.runDate = today;
        run.status = "running";
        run.due = due;
        run.reminders = reminded;
        run.startedAt = now;
        run.updatedAt = now;
        run.persist();
        return run;
    }

    private ReassessmentJobRun progress(String runId, Map<Kind, Integer> counts, boolean finished) {
        ReassessmentJobRun run = ReassessmentJobRun.findById(runId);
        run.reassessed = counts.getOrDefault(Kind.REASSESSED, 0);
        run.alreadyDone = counts.getOrDefault(Kind.ALREADY_DONE, 0) + counts.getOrDefault(Kind.NOT_DUE, 0);
        run.failed = counts.getOrDefault(Kind.FAILED, 0);
        run.updatedAt = now();
        if (finished) {
            run.status = "finished";
            run.finishedAt = run.updatedAt;
        }
        return run;
    }

    private static Kind await(Future<ReassessmentOutcome> outcome) {
        try {
            return outcome.get().kind();
        } catch (ExecutionException e) {
            LOG.errorf("A re-assessment worker failed: %s", e.getCause().getClass().getName());
            return Kind.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The re-assessment run was interrupted", e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
