package dev.attest.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests, started from the machine's binaries in a temporary folder on a free
 * loopback port. initdb refuses to run as root, so as root every command runs as the postgres user.
 */
public final class PostgresServer implements AutoCloseable {

    private final Path bin;
    private final Path dataDir;
    private final int port;

    private PostgresServer(Path bin, Path dataDir, int port) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.port = port;
    }

    /** A server another part of the test run started (see {@link PostgresTestResource#DATA_DIR}), to stop and start it. */
    public static PostgresServer attach(Path dataDir, int port) {
        return new PostgresServer(findBinaries(), dataDir, port);
    }

    public static PostgresServer start() {
        Path bin = findBinaries();
        try {
            Path dataDir = Files.createTempDirectory("attest-pg-");
            int port = freePort();
            PostgresServer server = new PostgresServer(bin, dataDir, port);
            if (isRoot()) {
                run(List.of("chown", "-R", "postgres:postgres", dataDir.toString()));
                dataDir.toFile().setReadable(true, false);
                dataDir.toFile().setExecutable(true, false);
            }
            server.pg("initdb", "-D", dataDir.resolve("data").toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                    "--no-locale");
            server.pg("pg_ctl", "-D", dataDir.resolve("data").toString(), "-w", "-t", "60", "-l",
                    dataDir.resolve("server.log").toString(), "-o",
                    "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dataDir + " -c fsync=off", "start");
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start PostgreSQL for the tests", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public void stopServer() {
        pg("pg_ctl", "-D", dataDir.resolve("data").toString(), "-w", "-m", "fast", "stop");
    }

    /** Stops the server the way a crash would: every backend ends at once, open transactions are lost. */
    public void crash() {
        pg("pg_ctl", "-D", dataDir.resolve("data").toString(), "-w", "-m", "immediate", "stop");
    }

    public void startServer() {
        pg("pg_ctl", "-D", dataDir.resolve("data").toString(), "-w", "-t", "60", "-l",
                dataDir.resolve("server.log").toString(), "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dataDir + " -c fsync=off", "start");
    }

    /** Whether the server is up ({@code pg_ctl status} exits with 0). */
    public boolean isRunning() {
        try {
            pg("pg_ctl", "-D", dataDir.resolve("data").toString(), "status");
            return true;
        } catch (IllegalStateException notRunning) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            pg("pg_ctl", "-D", dataDir.resolve("data").toString(), "-w", "-m", "immediate", "stop");
        } finally {
            deleteTree(dataDir);
        }
    }

    private void pg(String tool, String... arguments) {
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(arguments));
        run(command);
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("Command failed: " + String.join(" ", command) + "\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Command could not run: " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + String.join(" ", command), e);
        }
    }

    private static Path findBinaries() {
        Path root = Path.of("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(dir -> Files.isExecutable(dir.resolve("initdb")))
                    .max(Comparator.comparing(Path::toString))
                    .orElseThrow(() -> new IllegalStateException("No initdb under " + root + "; install PostgreSQL (see .ci/run)"));
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL binaries not found under " + root + "; install PostgreSQL (see .ci/run)", e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }
}
