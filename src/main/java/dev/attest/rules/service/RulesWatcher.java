package dev.attest.rules.service;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import dev.attest.rules.config.RulesConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * When {@code attest.rules.watch} is on, reloads the rulebase after files under the rules folder change
 * (once they have been quiet for {@code attest.rules.watch-settle}). A refused reload leaves the old rules.
 */
@ApplicationScoped
public class RulesWatcher {

    @Inject
    RulesConfig config;

    @Inject
    RulebaseRegistry registry;

    private WatchService watchService;
    private Thread thread;

    void start(@Observes StartupEvent event) {
        if (!config.watch()) {
            return;
        }
        try {
            watchService = FileSystems.getDefault().newWatchService();
            registerTree(config.dir());
        } catch (IOException e) {
            Log.errorf(e, "Cannot watch %s; reload through the admin endpoint instead", config.dir());
            return;
        }
        thread = new Thread(this::watch, "attest-rules-watch");
        thread.setDaemon(true);
        thread.start();
        Log.infof("Watching %s for rule changes", config.dir());
    }

    void stop(@Observes ShutdownEvent event) {
        if (watchService != null) {
            try {
                watchService.close();
            } catch (IOException e) {
                Log.debug("Closing the rules watch failed", e);
            }
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watchService.take();
                drain(key);
                // Wait until editors and copies have finished writing before compiling.
                WatchKey more;
                while ((more = watchService.poll(config.watchSettle().toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                registerTree(config.dir());
                ReloadReport report = registry.reload();
                if (!report.accepted()) {
                    Log.warnf("Changed rules refused: %s", report.problems());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            Log.debug("Rules watch stopped");
        } catch (IOException | RuntimeException e) {
            Log.error("The rules watch stopped; reload through the admin endpoint", e);
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    private void registerTree(Path dir) throws IOException {
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path folder : dirs.filter(Files::isDirectory).toList()) {
                folder.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }
}
