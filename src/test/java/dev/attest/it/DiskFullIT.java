package dev.attest.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application with its H2 database on a small tmpfs that a filler file then fills up: writes get a 503
 * problem, never a 500; the process lives on; everything it confirmed reads back unchanged; writes resume as soon as
 * the space is back, without a restart. Mounting needs root (or CAP_SYS_ADMIN); elsewhere the test is skipped, and
 * docs/reliability.md shows the same steps by hand.
 */
class DiskFullIT {

    /** Start-up compiles the rules and runs their cases: minutes on a busy machine. */
    private static final Duration START = Duration.ofSeconds(240);
    private static final String ADMIN_KEY = "it-admin-key";
    /** Enough for the migrated database (about 3 MiB) and the filler; small enough to fill in a moment. */
    private static final String TMPFS_SIZE = "24m";
    private static final int MAX_WRITES_UNTIL_FULL = 400;

    @TempDir
    Path work;

    @Test
    void shouldRefuseWritesCleanlyOnAFullDiskKeepWhatItStoredAndResumeWhenSpaceReturns() throws Exception {
        Path disk = work.resolve("disk");
        Files.createDirectories(disk);
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=" + TMPFS_SIZE, "tmpfs", disk.toString()) == 0,
                "Skipped: this machine does not let the test mount a tmpfs (needs root); see docs/reliability.md");
        // Started before the try's body waits for it, so that it is stopped (and the disk can be unmounted) even when
        // it never gets ready.
        try (PackagedApp app = new PackagedApp(properties(disk), work.resolve("app.log")).start()) {
            app.awaitReady(START);
            String key = workspaceKey(app);
            Map<String, String> confirmed = new LinkedHashMap<>();
            String first = storedId(app.post("/api/v1/assessments", example(), key), confirmed);
            Path filler = fill(disk);

            HttpResponse<String> refused = writeUntilRefused(app, key, confirmed);
            assertUnavailable(refused);
            for (int i = 0; i < 5; i++) {
                // H2 closes the database on a failed write and the next connection opens it again: some writes may
                // fit in the space freed inside its file, the rest are refused the same clean way.
                HttpResponse<String> again = app.post("/api/v1/assessments", example(), key);
                if (again.statusCode() == 201) {
                    storedId(again, confirmed);
                } else {
                    assertUnavailable(again);
                }
            }
            assertThat(app.isRunning()).as("the process survives the full disk").isTrue();
            assertEveryConfirmedAssessmentReadsBack(app, key, confirmed);

            Files.delete(filler);
            HttpResponse<String> resumed = app.post("/api/v1/assessments", example(), key);
            assertThat(resumed.statusCode()).as("first write once space returned: %s\nthe application's warnings:\n%s",
                    resumed.body(), warnings(app.output())).isEqualTo(201);
            storedId(resumed, confirmed);
            assertEveryConfirmedAssessmentReadsBack(app, key, confirmed);
            assertThat(confirmed).containsKey(first);
            assertThat(app.output()).doesNotContain("OutOfMemoryError");
        } finally {
            run("umount", disk.toString());
        }
    }

    private static HttpResponse<String> writeUntilRefused(PackagedApp app, String key, Map<String, String> confirmed)
            throws IOException, InterruptedException {
        for (int i = 0; i < MAX_WRITES_UNTIL_FULL; i++) {
            HttpResponse<String> answer = app.post("/api/v1/assessments", example(), key);
            if (answer.statusCode() != 201) {
                return answer;
            }
            storedId(answer, confirmed);
        }
        throw new AssertionError("Still storing after " + MAX_WRITES_UNTIL_FULL + " assessments on a full disk");
    }

    private static void assertEveryConfirmedAssessmentReadsBack(PackagedApp app, String key, Map<String, String> confirmed)
            throws IOException, InterruptedException {
        for (Map.Entry<String, String> stored : confirmed.entrySet()) {
            HttpResponse<String> read = app.get("/api/v1/assessments/" + stored.getKey(), key);
            assertThat(read.statusCode()).as("reading %s: %s", stored.getKey(), read.body()).isEqualTo(200);
            assertThat(read.body()).as("assessment %s as stored", stored.getKey()).isEqualTo(stored.getValue());
        }
    }

    private static void assertUnavailable(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(answer.body()).contains("\"type\":\"urn:attest:problem:database-unavailable\"");
    }

    /** The log's warnings and errors, for a failure message: the log itself is deleted with the test's folder. */
    private static String warnings(String log) {
        return log.lines().filter(line -> line.contains("WARN") || line.contains("ERROR") || line.contains("INFO  [dev.attest"))
                .collect(Collectors.joining("\n"));
    }

    /** Records a confirmed assessment by its id, with the body a later read must return. */
    private static String storedId(HttpResponse<String> created, Map<String, String> confirmed) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = created.body().replaceAll("(?s)^\\{\"id\":\"([^\"]+)\".*", "$1");
        confirmed.put(id, created.body());
        return id;
    }

    /** Writes zeros until the file system refuses: what a full disk looks like to H2. */
    private static Path fill(Path disk) throws IOException {
        Path filler = disk.resolve("filler");
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            assertThat(Files.getFileStore(disk).getUsableSpace()).as("space left after the filler").isLessThan(block.length);
        }
        return filler;
    }

    private static String workspaceKey(PackagedApp app) throws IOException, InterruptedException {
        HttpResponse<String> workspace = app.post("/api/v1/admin/workspaces", "{\"name\": \"Disk full\"}", ADMIN_KEY);
        assertThat(workspace.statusCode()).as(workspace.body()).isEqualTo(201);
        return workspace.body().replaceAll("(?s).*\"key\":\"(atk_[^\"]+)\".*", "$1");
    }

    private static String example() throws IOException {
        return Files.readString(Path.of("examples", "shoe-shop.json"));
    }

    private static Map<String, String> properties(Path disk) {
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:h2:file:" + disk.resolve("attest")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0",
                "attest.rules.dir", Path.of("rules").toAbsolutePath().toString(),
                "attest.questionnaires.dir", Path.of("questionnaires").toAbsolutePath().toString(),
                "attest.admin.key", ADMIN_KEY);
    }

    /** The command's exit code; -1 when it cannot run at all. */
    private static int run(String... command) throws InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException notInstalled) {
            return -1;
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
