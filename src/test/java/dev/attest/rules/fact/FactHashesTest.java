package dev.attest.rules.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The facts' hand-written hashes keep the contract the engine's truth maintenance and joins rely on. */
class FactHashesTest {

    private static Answer answer(Object value) {
        return Answer.known("purposes.retention_months", "/purposes/1/retention_months", "purposes", 1, value);
    }

    @Test
    void shouldHashEqualFactsAlike() {
        Answer answer = answer(List.of("a", "b"));
        Answer same = answer(List.of("a", "b"));

        assertThat(same).isEqualTo(answer).hasSameHashCodeAs(answer);
        assertThat(new InScope("C", List.of(same))).isEqualTo(new InScope("C", List.of(answer)))
                .hasSameHashCodeAs(new InScope("C", List.of(answer)));
        assertThat(new Violation("C", List.of(same), "high")).hasSameHashCodeAs(new Violation("C", List.of(answer), "high"));
        assertThat(new ApplicabilityReason("GDPR", "eu-establishment", true, List.of(same)))
                .hasSameHashCodeAs(new ApplicabilityReason("GDPR", "eu-establishment", true, List.of(answer)));
    }

    @Test
    void shouldKeepFactsThatDifferApartInASet() {
        // Same question and pointer, so the same hash: equality, not the hash, must tell them apart.
        Set<Answer> answers = new HashSet<>(List.of(answer(12), answer(24), Answer.dontKnow("purposes.retention_months",
                "/purposes/1/retention_months", "purposes", 1)));
        Set<Violation> violations = new HashSet<>(List.of(new Violation("C", List.of(answer(12)), null),
                new Violation("C", List.of(answer(12)), "high")));

        assertThat(answers).hasSize(3);
        assertThat(violations).hasSize(2);
        assertThat(answers).contains(answer(24));
    }
}
