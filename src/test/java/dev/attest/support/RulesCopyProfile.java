package dev.attest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Points the application at a copy of {@code rules/} in a temporary folder that tests may change. */
public class RulesCopyProfile implements QuarkusTestProfile {

    public static final Path RULES_COPY = copyOfRules();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("attest.rules.dir", RULES_COPY.toString());
    }

    private static Path copyOfRules() {
        try {
            Path target = Files.createTempDirectory("attest-rules-");
            Path source = Path.of("rules");
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.toList()) {
                    Path copy = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            target.toFile().deleteOnExit();
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy rules/ for the test", e);
        }
    }
}
