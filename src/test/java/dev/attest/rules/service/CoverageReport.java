package dev.attest.rules.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.attest.rules.model.Check;
import dev.attest.rules.model.CheckOutcome;

/** The per-pack table the test command prints: every check with the outcomes its cases cover. */
final class CoverageReport {

    private CoverageReport() {
    }

    static String of(Collection<Check> checks, Map<String, Set<String>> outcomesByCheck) {
        Map<String, List<Check>> byFramework = new TreeMap<>(checks.stream().collect(Collectors.groupingBy(Check::framework)));
        StringBuilder report = new StringBuilder("\nRule pack coverage (cases per check: fires / does not fire)\n");
        report.append(String.format("%-14s %6s %8s %12s%n", "framework", "checks", "fires", "does not"));
        byFramework.forEach((framework, own) -> report.append(String.format("%-14s %6d %8d %12d%n", framework, own.size(),
                own.stream().filter(check -> fires(outcomesByCheck, check)).count(),
                own.stream().filter(check -> doesNotFire(outcomesByCheck, check)).count())));
        byFramework.values().stream().flatMap(List::stream).forEach(check -> report.append(String.format(
                "  %-40s %-4s %-12s %s%n", check.id(), fires(outcomesByCheck, check) ? "yes" : "NO",
                doesNotFire(outcomesByCheck, check) ? "yes" : "NO",
                String.join(", ", new java.util.TreeSet<>(outcomesByCheck.getOrDefault(check.id(), Set.of()))))));
        return report.toString();
    }

    private static boolean fires(Map<String, Set<String>> outcomes, Check check) {
        return outcomes.getOrDefault(check.id(), Set.of()).contains(CheckOutcome.FAILED.code());
    }

    private static boolean doesNotFire(Map<String, Set<String>> outcomes, Check check) {
        Set<String> covered = outcomes.getOrDefault(check.id(), Set.of());
        return covered.contains(CheckOutcome.PASSED.code()) || covered.contains(CheckOutcome.NOT_APPLICABLE.code());
    }
}
