package dev.attest.support;

import java.time.Duration;
import java.util.function.LongConsumer;

/**
 * Runs a property over many seeded tries, as the test command's short run or as the long run of docs/reliability.md.
 * The seeds are fixed by default, so a failure in the test command fails again on every run; a failure names its seed
 * and the command that replays only that try.
 *
 * <ul>
 * <li>{@code -Dattest.fuzz.scale=N}: N times each property's own number of tries (default 1)</li>
 * <li>{@code -Dattest.fuzz.tries=N}: exactly N tries per property</li>
 * <li>{@code -Dattest.fuzz.seed=S}: the first seed (default: one per property, fixed)</li>
 * <li>{@code -Dattest.fuzz.max-duration=PT2M}: stop a property once it has run this long</li>
 * </ul>
 */
public final class Tries {

    private Tries() {
    }

    /** The tries of one property: the count, and the summary printed after them. */
    public static int run(String property, int defaultTries, LongConsumer body) {
        int tries = Integer.getInteger("attest.fuzz.tries", defaultTries * Integer.getInteger("attest.fuzz.scale", 1));
        long first = Long.getLong("attest.fuzz.seed", property.hashCode() * 1_000_003L);
        Duration limit = Duration.parse(System.getProperty("attest.fuzz.max-duration", "PT24H"));
        long started = System.nanoTime();
        long slowestSeed = first;
        long slowestNanos = 0;
        int done = 0;
        for (; done < tries && System.nanoTime() - started < limit.toNanos(); done++) {
            long seed = first + done;
            long tryStarted = System.nanoTime();
            try {
                body.accept(seed);
            } catch (AssertionError | RuntimeException | StackOverflowError e) {
                throw new AssertionError(property + " failed at seed " + seed + " (try " + (done + 1) + " of " + tries
                        + "); replay it with -Dattest.fuzz.seed=" + seed + " -Dattest.fuzz.tries=1: " + e, e);
            }
            if (System.nanoTime() - tryStarted > slowestNanos) {
                slowestNanos = System.nanoTime() - tryStarted;
                slowestSeed = seed;
            }
        }
        System.out.printf("%s: %d tries from seed %d passed in %d ms; the slowest, seed %d, took %d ms%n", property, done,
                first, (System.nanoTime() - started) / 1_000_000, slowestSeed, slowestNanos / 1_000_000);
        return done;
    }
}
