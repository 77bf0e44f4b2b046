package dev.attest.support;

import java.util.List;
import java.util.Random;

/**
 * Where generated answers and mutations get their decisions from: a seeded {@link Random} for the bounded runs of the
 * test command, or a fuzzer's input, so that the fuzzer's coverage feedback steers the same generators.
 */
public interface Choices {

    /** A number from 0 to {@code bound - 1}. */
    int below(int bound);

    /** Any text up to {@code maxLength} characters, control characters and lone surrogates included. */
    String text(int maxLength);

    /** Any double, including infinities, NaN, -0.0 and the extremes. */
    double number();

    default boolean percent(int chance) {
        return below(100) < chance;
    }

    default <T> T oneOf(List<T> items) {
        return items.get(below(items.size()));
    }

    static Choices seeded(long seed) {
        return new Seeded(new Random(seed));
    }

    /** Decisions from a seeded generator; text mixes ordinary letters with the characters that break things. */
    final class Seeded implements Choices {
        private static final String AWKWARD = "\u0000\u0001\u001f\u007f\u0085\u00a0\u200b\u200e\u202e\u2028\ufeff\uffff"
                + "\"\\/~{}[]<>&'%$\t\r\n";
        private static final double[] EDGES = {0.0, -0.0, 1e-320, -1.0, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 2147483648.0, 9.007199254740993E15};

        private final Random random;

        Seeded(Random random) {
            this.random = random;
        }

        @Override
        public int below(int bound) {
            return random.nextInt(bound);
        }

        @Override
        public String text(int maxLength) {
            int length = random.nextInt(maxLength + 1);
            StringBuilder text = new StringBuilder(length);
            while (text.length() < length) {
                switch (random.nextInt(6)) {
                    case 0 -> text.append(AWKWARD.charAt(random.nextInt(AWKWARD.length())));
                    case 1 -> text.append((char) (0xD800 + random.nextInt(0x800)));
                    case 2 -> text.appendCodePoint(0x1F300 + random.nextInt(0x300));
                    case 3 -> text.append((char) ('А' + random.nextInt(32)));
                    default -> text.append((char) ('a' + random.nextInt(26)));
                }
            }
            return text.length() > length ? text.substring(0, length) : text.toString();
        }

        @Override
        public double number() {
            return random.nextInt(4) == 0 ? EDGES[random.nextInt(EDGES.length)] : (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12));
        }
    }
}
