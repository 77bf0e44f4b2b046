package dev.attest.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application run as a child process, as an operator would run it: by default the H2 build
 * (target/quarkus-app, or the {@code attest.app.jar} system property), or a jar named by the caller.
 */
public final class PackagedApp implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path jar;
    private final Map<String, String> properties;
    private final Path log;
    private final int port;
    private Process process;

    PackagedApp(Map<String, String> properties, Path log) throws IOException {
        this(Path.of(System.getProperty("attest.app.jar", "target/quarkus-app/quarkus-run.jar")), properties, log);
    }

    public PackagedApp(Path jar, Map<String, String> properties, Path log) throws IOException {
        this.jar = jar;
        this.properties = properties;
        this.log = log;
        this.port = freePort();
    }

    /** The application built for PostgreSQL, which the tests' build makes (profile postgresql-build-for-tests). */
    public static Path postgresqlJar() {
        return Path.of(System.getProperty("attest.app.postgresql.jar", "target/quarkus-app-postgresql/quarkus-run.jar"));
    }

    public PackagedApp start() throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-Dquarkus.http.port=" + port);
        command.add("-jar");
        command.add(jar.toString());
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return this;
    }

    /** Waits until readiness answers UP, or fails with the log when the process dies or time runs out. */
    public PackagedApp awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("The application exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                if (get("/q/health/ready").statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The application was not ready within " + timeout + ":\n" + output());
    }

    /** Waits for the process to end by itself and returns its exit code. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The application did not exit within " + timeout);
        }
        return process.exitValue();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A GET with {@code Authorization: Bearer <key>}. */
    public HttpResponse<String> get(String path, String key) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + key).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON POST with {@code Authorization: Bearer <key>}. */
    public HttpResponse<String> post(String path, String json, String key) throws IOException, InterruptedException {
        return post(path, json, key, Duration.ofSeconds(10));
    }

    /** A JSON POST with {@code Authorization: Bearer <key>} that may take up to {@code timeout}, e.g. a whole run of a job. */
    public HttpResponse<String> post(String path, String json, String key, Duration timeout) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(timeout)
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON PUT with {@code Authorization: Bearer <key>}. */
    public HttpResponse<String> put(String path, String json, String key) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + key)
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Kills the process without a clean shutdown, as a crash or power loss would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    public String output() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** The address of the running application, e.g. {@code http://127.0.0.1:43125}. */
    String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** The operating system's id of the process, e.g. for {@code jcmd <pid> Thread.print}. */
    public long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
