package dev.attest.questionnaire;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A condition on other answers that shows or hides a question. A reference is either a top-level question
 * or, inside a repeated group, a sibling field of the same entry.
 */
public sealed interface ShowIf {

    /** Whether the condition holds; {@code answers} gives a visible, known answer's value or {@code null}. */
    boolean test(Function<Reference, Object> answers);

    /** Every question or field the condition reads. */
    List<Reference> references();

    record Reference(String id, boolean sibling) {
    }

    record Equals(Reference ref, Object value) implements ShowIf {
        public boolean test(Function<Reference, Object> answers) {
            return sameValue(answers.apply(ref), value);
        }

        public List<Reference> references() {
            return List.of(ref);
        }
    }

    record In(Reference ref, List<Object> values) implements ShowIf {
        public boolean test(Function<Reference, Object> answers) {
            Object answer = answers.apply(ref);
            return answer != null && values.stream().anyMatch(value -> sameValue(answer, value));
        }

        public List<Reference> references() {
            return List.of(ref);
        }
    }

    record Contains(Reference ref, Object value) implements ShowIf {
        public boolean test(Function<Reference, Object> answers) {
            return answers.apply(ref) instanceof List<?> list && list.stream().anyMatch(item -> sameValue(item, value));
        }

        public List<Reference> references() {
            return List.of(ref);
        }
    }

    record Answered(Reference ref, boolean answered) implements ShowIf {
        public boolean test(Function<Reference, Object> answers) {
            return (answers.apply(ref) != null) == answered;
        }

        public List<Reference> references() {
            return List.of(ref);
        }
    }

    /** A number answer compared with a bound: {@code greaterThan} when {@code above}, else {@code lessThan}. */
    record Compare(Reference ref, double bound, boolean above) implements ShowIf {
        public boolean test(Function<Reference, Object> answers) {
            return answers.apply(ref) instanceof Number number
                    && (above ? number.doubleValue() > bound : number.doubleValue() < bound);
        }

        public List<Reference> references() {
            return List.of(ref);
        }
    }

    record All(List<ShowIf> conditions) implements ShowIf {
        public boolean test(Function<Reference, Object> answers) {
            return conditions.stream().allMatch(condition -> condition.test(answers));
        }

        public List<Reference> references() {
            return conditions.stream().flatMap(condition -> condition.references().stream()).toList();
        }
    }

    record Any(List<ShowIf> conditions) implements ShowIf {
        public boolean test(Function<Reference, Object> answers) {
            return conditions.stream().anyMatch(condition -> condition.test(answers));
        }

        public List<Reference> references() {
            return conditions.stream().flatMap(condition -> condition.references().stream()).toList();
        }
    }

    record Not(ShowIf condition) implements ShowIf {
        public boolean test(Function<Reference, Object> answers) {
            return !condition.test(answers);
        }

        public List<Reference> references() {
            return condition.references();
        }
    }

    /** Numbers compare by value (12 equals 12.0); everything else by equality. */
    private static boolean sameValue(Object answer, Object expected) {
        if (answer instanceof Number a && expected instanceof Number b) {
            return Double.compare(a.doubleValue(), b.doubleValue()) == 0;
        }
        return Objects.equals(answer, expected);
    }
}
