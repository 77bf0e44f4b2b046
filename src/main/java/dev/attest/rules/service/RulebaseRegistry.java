package dev.attest.rules.service;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.attest.rules.config.RulesConfig;
import dev.attest.rules.engine.Rulebase;
import dev.attest.rules.engine.RulebaseCache;
import dev.attest.rules.engine.RulebaseCompilationException;
import dev.attest.rules.model.RuleProblem;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;

/**
 * Holds the rulebase that answers evaluations. A reload compiles the rules folder aside and swaps the new
 * rulebase in only if it compiles and the packs' own cases pass on it in time; otherwise the old one stays.
 */
@Startup
@ApplicationScoped
public class RulebaseRegistry {

    @Inject
    RulesConfig config;

    @Inject
    RulebaseLoader loader;

    @Inject
    RuleCaseRunner caseRunner;

    @Inject
    RulebaseCache cache;

    private final AtomicReference<Rulebase> current = new AtomicReference<>();
    private volatile boolean warm;
    private volatile ExecutorService caseExecutor;

    @PostConstruct
    void start() {
        caseExecutor = newCaseExecutor();
        Rulebase rulebase = loadAndTest();
        current.set(rulebase);
        Log.infof("Rulebase %s (texts %s) answers with %d checks in %s", rulebase.version(), rulebase.textsVersion(),
                rulebase.checks().size(), rulebase.frameworks());
    }

    @PreDestroy
    void stop() {
        caseExecutor.shutdownNow();
    }

    public Rulebase current() {
        return current.get();
    }

    /**
     * Whether a rulebase has run its packs' cases since start-up. Until then the first evaluations compile parts of
     * the rules on the way and are slow, which readiness tells a load balancer. A reload does not undo it.
     */
    public boolean warm() {
        return warm;
    }

    /** Compiles and tests the rules folder, and swaps it in only when both succeed. */
    public synchronized ReloadReport reload() {
        Rulebase previous = current.get();
        try {
            Rulebase candidate = loadAndTest();
            current.set(candidate);
            Log.infof("Rulebase reloaded: %s -> %s (%d checks)", previous.version(), candidate.version(), candidate.checks().size());
            return new ReloadReport(true, previous.version(), candidate.version(), candidate.textsVersion(), List.of());
        } catch (RulebaseCompilationException e) {
            Log.warnf("Rulebase reload refused; %s keeps answering. %s", previous.version(), e.getMessage());
            return new ReloadReport(false, previous.version(), previous.version(), previous.textsVersion(), e.problems());
        }
    }

    private Rulebase loadAndTest() {
        long started = System.nanoTime();
        Rulebase candidate = loader.load(config.dir());
        long compiled = System.nanoTime();
        String checkedAgainst = caseRunner.checkedAgainst(candidate);
        if (cache.verified(candidate.files(), checkedAgainst)) {
            Log.infof("Rulebase loaded in %d ms; its %d cases passed on it before in this build and run again in the "
                    + "background, to warm it up", (compiled - started) / 1_000_000, candidate.cases().size());
            caseExecutor.submit(() -> warmUp(candidate));
            return candidate;
        }
        Future<List<RuleProblem>> cases = caseExecutor.submit(() -> caseRunner.run(candidate));
        List<RuleProblem> failures;
        try {
            failures = cases.get(config.reloadCaseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            cases.cancel(true);
            // A rule stuck inside one consequence ignores the interrupt; the next reload gets a thread of its own
            // rather than queueing behind it.
            caseExecutor.shutdownNow();
            caseExecutor = newCaseExecutor();
            failures = List.of(new RuleProblem("rules", null, "the packs' cases did not finish within "
                    + config.reloadCaseTimeout().toSeconds() + " s"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures = List.of(new RuleProblem("rules", null, "interrupted while running the packs' cases"));
        } catch (ExecutionException e) {
            failures = List.of(new RuleProblem("rules", null, "the packs' cases could not run: " + e.getCause().getMessage()));
        }
        if (!failures.isEmpty()) {
            throw new RulebaseCompilationException(failures);
        }
        cache.markVerified(candidate.files(), checkedAgainst);
        warm = true;
        Log.infof("Rulebase compiled in %d ms; its %d cases passed in %d ms", (compiled - started) / 1_000_000,
                candidate.cases().size(), (System.nanoTime() - compiled) / 1_000_000);
        return candidate;
    }

    /**
     * The cases of a rulebase that passed them before, run for the first requests to find it warm. The same rules,
     * cases and build give the same outcomes, so what differs here can only be an evaluation cut short by its time
     * limit: a cold rulebase on a busy machine is slow.
     */
    private void warmUp(Rulebase rulebase) {
        long started = System.nanoTime();
        List<RuleProblem> differences = caseRunner.run(rulebase);
        rulebase.markWarm();
        if (!differences.isEmpty()) {
            Log.warnf("While warming up rulebase %s, %d of its cases did not give their outcome: %s", rulebase.version(),
                    differences.size(), differences.get(0));
        }
        warm = true;
        Log.infof("Rulebase warmed up by its cases in %d ms", (System.nanoTime() - started) / 1_000_000);
    }

    private static ExecutorService newCaseExecutor() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "attest-rule-cases");
            thread.setDaemon(true);
            return thread;
        });
    }
}
