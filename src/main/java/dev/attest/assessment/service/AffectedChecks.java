package dev.attest.assessment.service;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.attest.questionnaire.AnswerError;
import dev.attest.rules.engine.Rulebase;
import dev.attest.rules.model.Check;
import dev.attest.rules.service.RulebaseArchive;

/**
 * The checks that read answers set aside on a re-run: in the rulebase that judged the stored answers (a
 * removed question was read by its checks) and in today's rulebase (a changed question is read by today's).
 */
@ApplicationScoped
public class AffectedChecks {

    @Inject
    RulebaseArchive archive;

    public List<String> of(List<AnswerError> stale, Rulebase current, String previousVersion) {
        Set<String> questions = stale.stream().map(error -> questionOf(error.pointer())).collect(Collectors.toSet());
        Stream<Check> checks = Stream.concat(current.checks().values().stream(),
                archive.find(previousVersion).stream().flatMap(previous -> previous.checks().values().stream()));
        Set<String> affected = new TreeSet<>();
        checks.filter(check -> check.inputs().stream().anyMatch(input -> reads(input, questions)))
                .forEach(check -> affected.add(check.id()));
        return List.copyOf(affected);
    }

    /** {@code /a} → {@code a}; {@code /group/2/field} → {@code group.field}; {@code /group/2} → {@code group}. */
    static String questionOf(String pointer) {
        String[] tokens = pointer.substring(1).split("/");
        String question = tokens[0].replace("~1", "/").replace("~0", "~");
        return tokens.length >= 3 ? question + "." + tokens[2].replace("~1", "/").replace("~0", "~") : question;
    }

    private static boolean reads(String input, Set<String> questions) {
        return questions.contains(input) || questions.stream().anyMatch(question -> input.startsWith(question + "."));
    }
}
