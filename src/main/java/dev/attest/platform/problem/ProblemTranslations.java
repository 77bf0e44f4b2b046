package dev.attest.platform.problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import dev.attest.platform.i18n.Language;

/**
 * The Russian versions of problem texts, from {@code messages/problems_ru.yaml}: titles by problem type, details and
 * field reasons by their English wording with {@code {placeholders}} copied over. A text without a Russian version stays
 * in English, so a new message is never lost, only untranslated.
 */
@ApplicationScoped
public class ProblemTranslations {

    static final String RESOURCE = "messages/problems_ru.yaml";
    private static final String TYPE_PREFIX = "urn:attest:problem:";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)\\}");

    private final Map<String, String> titles = new HashMap<>();
    private final List<Template> templates = new ArrayList<>();

    public ProblemTranslations() {
        JsonNode root = read();
        root.path("titles").fields().forEachRemaining(entry -> titles.put(entry.getKey(), entry.getValue().asText()));
        root.path("texts").forEach(entry -> templates.add(Template.of(entry.path("en").asText(), entry.path("ru").asText())));
        // The most specific wording first: "No organisation with id '{id}'" before "No {kind} with id '{id}'".
        templates.sort(Comparator.comparingInt(Template::literalLength).reversed());
    }

    /** The problem in {@code language}; English problems are returned as they are. */
    public Problem translate(Problem problem, Language language) {
        if (language != Language.RU) {
            return problem;
        }
        String slug = problem.type() != null && problem.type().startsWith(TYPE_PREFIX) ? problem.type().substring(TYPE_PREFIX.length()) : null;
        String title = slug == null ? problem.title() : titles.getOrDefault(slug, problem.title());
        List<FieldError> errors = problem.errors() == null ? null : problem.errors().stream()
                .map(error -> new FieldError(error.in(), error.pointer(), text(error.reason()))).toList();
        return new Problem(problem.type(), title, problem.status(), text(problem.detail()), problem.instance(), errors);
    }

    /** The Russian version of one English text, or the text itself. */
    String text(String english) {
        if (english == null) {
            return null;
        }
        for (Template template : templates) {
            Optional<String> russian = template.apply(english);
            if (russian.isPresent()) {
                return russian.get();
            }
        }
        return english;
    }

    /** The pairs as read, for checking that both sides use the same placeholders. */
    List<String[]> pairs() {
        return templates.stream().map(template -> new String[] {template.english(), template.russian()}).toList();
    }

    private static JsonNode read() {
        try (InputStream in = ProblemTranslations.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** One English wording as a pattern, and its Russian version. */
    private record Template(String english, String russian, Pattern pattern, List<String> names, int literalLength) {

        static Template of(String english, String russian) {
            StringBuilder regex = new StringBuilder("^");
            List<String> names = new ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(english);
            int at = 0;
            while (m.find()) {
                regex.append(Pattern.quote(english.substring(at, m.start()))).append("(.+?)");
                names.add(m.group(1));
                at = m.end();
            }
            regex.append(Pattern.quote(english.substring(at))).append('$');
            int literal = english.replaceAll(PLACEHOLDER.pattern(), "").length();
            return new Template(english, russian, Pattern.compile(regex.toString(), Pattern.DOTALL), List.copyOf(names), literal);
        }

        Optional<String> apply(String text) {
            Matcher m = pattern.matcher(text);
            if (!m.matches()) {
                return Optional.empty();
            }
            String result = russian;
            for (int i = 0; i < names.size(); i++) {
                result = result.replace("{" + names.get(i) + "}", m.group(i + 1));
            }
            return Optional.of(result);
        }
    }
}
