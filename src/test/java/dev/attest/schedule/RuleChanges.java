package dev.attest.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.attest.rules.service.RulebaseRegistry;
import dev.attest.support.RulesCopyProfile;

/**
 * The GDPR rules as the tests pretend they changed in the year since an assessment, in the copy of {@code rules/}
 * that {@link ScheduleTestProfile} serves; {@link #restore()} puts the copy back.
 */
@ApplicationScoped
public class RuleChanges {

    /** The new id under which the automated-decision check returns. */
    public static final String RENAMED_CHECK = "GDPR-ART22-SOLELY-AUTOMATED";

    private static final String SHORTER_RESPONSE_TIME = """

            # Added by a test: rights requests answered within 15 days from mid-2027.
            - { name: gdpr.rights_response_max_days, value: 15, effectiveFrom: "2027-06-01", source: "test" }
            """;

    private final Path gdpr = RulesCopyProfile.RULES_COPY.resolve("gdpr");
    private final Map<Path, String> originals = new LinkedHashMap<>();

    @Inject
    RulebaseRegistry registry;

    /**
     * Since the assessment a year ago: a threshold with a new effective date, one check more serious, one check's
     * scope rule rewritten (to the same effect), and one check replaced by another under a new id.
     */
    public void sinceAYearAgo() throws IOException {
        edit("gdpr.params.yaml", text -> text + SHORTER_RESPONSE_TIME);
        edit("rights.drl", text -> text
                .replace("""
                        @id("GDPR-ART15-20-RIGHTS-CAPABILITY")
                            @framework("GDPR")
                            @severity("high")""", """
                        @id("GDPR-ART15-20-RIGHTS-CAPABILITY")
                            @framework("GDPR")
                            @severity("critical")""")
                .replace("""
                        @scopeOf("GDPR-ART12-ACCESS-DEADLINE")
                        when
                            FrameworkApplies(framework == "GDPR")
                            $role : Answer(question == "org_role", value == "controller" || value == "both" || unknown == true)""", """
                        @scopeOf("GDPR-ART12-ACCESS-DEADLINE")
                        when
                            FrameworkApplies(framework == "GDPR")
                            $role : Answer(question == "org_role", value == "both" || value == "controller" || unknown == true)""")
                .replace("GDPR-ART22-AUTOMATED-DECISIONS", RENAMED_CHECK));
        edit("rights.texts.yaml", text -> text.replace("GDPR-ART22-AUTOMATED-DECISIONS", RENAMED_CHECK));
        edit("more.cases.yaml", text -> text.replace("GDPR-ART22-AUTOMATED-DECISIONS", RENAMED_CHECK));
        assertThat(registry.reload().accepted()).isTrue();
    }

    /** The copy as it was before {@link #sinceAYearAgo()}, and the rulebase reloaded from it. */
    public void restore() throws IOException {
        if (originals.isEmpty()) {
            return;
        }
        for (Map.Entry<Path, String> original : originals.entrySet()) {
            Files.writeString(original.getKey(), original.getValue());
        }
        originals.clear();
        assertThat(registry.reload().accepted()).isTrue();
    }

    private void edit(String file, UnaryOperator<String> change) throws IOException {
        Path path = gdpr.resolve(file);
        String text = Files.readString(path);
        originals.putIfAbsent(path, text);
        String changed = change.apply(text);
        assertThat(changed).as("the edit of %s changes it", file).isNotEqualTo(text);
        Files.writeString(path, changed);
    }
}
