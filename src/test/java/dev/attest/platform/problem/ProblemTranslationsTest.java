package dev.attest.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.attest.platform.i18n.Language;

class ProblemTranslationsTest {

    private final ProblemTranslations translations = new ProblemTranslations();

    @Test
    void shouldTranslateTitlesDetailsAndReasonsWithTheirValuesKept() {
        Problem english = Problem.of("invalid-request", "The request has invalid fields", 400, "2 field(s) must be corrected; see errors.")
                .withErrors(List.of(FieldError.answers("/ru_operator", "expected one of: russian_company, sole_trader, foreign"),
                        FieldError.answers("/employee_count", "must be at least 0")));
        Problem russian = translations.translate(english, Language.RU);
        assertThat(russian.title()).isEqualTo("В запросе есть ошибки");
        assertThat(russian.detail()).isEqualTo("Нужно исправить полей: 2; подробности — в errors.");
        assertThat(russian.errors()).extracting(FieldError::reason).containsExactly(
                "ожидается один из вариантов: russian_company, sole_trader, foreign", "должно быть не меньше 0");
        assertThat(russian.errors()).extracting(FieldError::pointer).containsExactly("/ru_operator", "/employee_count");
        assertThat(russian.type()).isEqualTo(english.type());
        assertThat(russian.status()).isEqualTo(400);
    }

    @Test
    void shouldPreferTheMostSpecificWording() {
        assertThat(translations.text("No organisation with id 'org-1'")).isEqualTo("Организация «org-1» не найдена");
        assertThat(translations.text("No finding with id 'X'")).isEqualTo("Не найдено (finding): «X»");
        assertThat(translations.text("needs at least 1 entry")).isEqualTo("нужна хотя бы 1 запись");
        assertThat(translations.text("needs at least 3 entries")).isEqualTo("нужно записей не меньше: 3");
    }

    @Test
    void shouldLeaveEnglishAndUnknownTextsAsTheyAre() {
        Problem english = Problem.of("not-found", "Not Found", 404, "There is nothing at this address.");
        assertThat(translations.translate(english, Language.EN)).isSameAs(english);
        assertThat(translations.text("A message nobody has translated yet")).isEqualTo("A message nobody has translated yet");
    }

    @Test
    void shouldUseTheSamePlaceholdersInBothLanguages() {
        Pattern placeholder = Pattern.compile("\\{[a-z]+\\}");
        for (String[] pair : translations.pairs()) {
            assertThat(names(placeholder.matcher(pair[1]))).as("placeholders of \"%s\"", pair[0])
                    .isEqualTo(names(placeholder.matcher(pair[0])));
            assertThat(pair[1]).as("Russian of \"%s\"", pair[0]).isNotBlank().isNotEqualTo(pair[0]);
        }
    }

    private static TreeSet<String> names(Matcher matcher) {
        TreeSet<String> names = new TreeSet<>();
        while (matcher.find()) {
            names.add(matcher.group());
        }
        return names;
    }
}
