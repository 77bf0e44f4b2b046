package dev.attest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU seconds from Linux's /proc: of one process, of a PostgreSQL server (its postmaster, the backends it forked and
 * those it has reaped), and the machine's idle time. A run's wall time moves with how fast the shared host happens to
 * be; the CPU seconds each side spent, and the idle time left, show whether the work changed or the machine did.
 */
final class CpuTime {

    private static final double TICKS_PER_SECOND = 100.0;

    private CpuTime() {
    }

    /** One reading of the three clocks. */
    record Reading(double instance, double postgres, double idle) {

        Reading minus(Reading earlier) {
            return new Reading(instance - earlier.instance, postgres - earlier.postgres, idle - earlier.idle);
        }
    }

    static Reading read(long instancePid, Path postgresDataDir) {
        long postmaster = postmasterPid(postgresDataDir);
        return new Reading(ownTicks(instancePid) / TICKS_PER_SECOND, postgresTicks(postmaster) / TICKS_PER_SECOND,
                idleTicks() / TICKS_PER_SECOND);
    }

    /** utime + stime: fields 14 and 15 of /proc/<pid>/stat, counted after the command's closing parenthesis. */
    private static long ownTicks(long pid) {
        String[] fields = statFields(pid);
        return fields == null ? 0 : Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** The postmaster's own and reaped children's time (fields 14 to 17), and that of its living children. */
    private static long postgresTicks(long postmaster) {
        String[] own = statFields(postmaster);
        if (own == null) {
            return 0;
        }
        long ticks = Long.parseLong(own[11]) + Long.parseLong(own[12]) + Long.parseLong(own[13]) + Long.parseLong(own[14]);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            List<Long> children = processes.map(path -> path.getFileName().toString()).filter(name -> name.matches("\\d+"))
                    .map(Long::parseLong).filter(pid -> pid != postmaster).toList();
            for (long child : children) {
                String[] fields = statFields(child);
                // Field 4, the parent's pid, is the second after the parenthesis.
                if (fields != null && Long.parseLong(fields[1]) == postmaster) {
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list /proc", e);
        }
        return ticks;
    }

    private static long idleTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            return Long.parseLong(cpu[4]);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read /proc/stat", e);
        }
    }

    private static long postmasterPid(Path dataDir) {
        try {
            return Long.parseLong(Files.readAllLines(dataDir.resolve("data").resolve("postmaster.pid")).get(0).trim());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read PostgreSQL's postmaster.pid", e);
        }
    }

    /** The fields after "pid (comm)", from the state on; null when the process is gone. */
    private static String[] statFields(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException e) {
            return null;
        }
    }
}
