package dev.attest.questionnaire.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.attest.questionnaire.Questionnaire;

class QuestionnaireCatalogTest {

    @TempDir
    Path dir;

    @Test
    void shouldLoadTheProjectsQuestionnaires() {
        assertThat(QuestionnaireCatalog.loadFrom(Path.of("questionnaires"))).containsKey("core");
        Questionnaire core = QuestionnaireCatalog.loadFrom(Path.of("questionnaires")).get("core");
        assertThat(core.version()).startsWith("sha256:").hasSize(71);
    }

    @Test
    void shouldNameFileQuestionAndProblemForAnUnknownType() throws IOException {
        Path file = write("broken.yaml", """
                id: broken
                title: {en: Broken, ru: Сломанный}
                sections:
                  - id: only
                    title: {en: Only, ru: Единственный}
                    questions:
                      - id: colour
                        type: colour-picker
                        label: {en: "Colour?", ru: "Цвет?"}
                """);
        assertThatThrownBy(() -> QuestionnaireCatalog.loadFrom(dir))
                .isInstanceOf(InvalidQuestionnaireException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("question 'colour'")
                .hasMessageContaining("type 'colour-picker' is not one of");
    }

    @Test
    void shouldReportEveryProblemOfAFileAtOnce() throws IOException {
        write("broken.yaml", """
                id: broken
                title: {en: Broken, ru: Сломанный}
                sections:
                  - id: only
                    title: {en: Only, ru: Единственный}
                    questions:
                      - id: role
                        type: single
                        label: {en: "Role?"}
                      - id: role
                        type: yesno
                        label: {en: "Again?", ru: "Снова?"}
                        showIf: {question: missing, equals: true}
                      - id: notes
                        type: text
                        lable: {en: Typo, ru: Опечатка}
                """);
        assertThatThrownBy(() -> QuestionnaireCatalog.loadFrom(dir))
                .isInstanceOf(InvalidQuestionnaireException.class)
                .hasMessageContaining("question 'role': label has no 'ru' text")
                .hasMessageContaining("question 'role': a single question needs a non-empty list of options")
                .hasMessageContaining("question 'role': the id is used twice")
                .hasMessageContaining("showIf names question 'missing', which does not exist")
                .hasMessageContaining("question 'notes': unknown key 'lable'");
    }

    @Test
    void shouldRejectAFileThatIsNotYaml() throws IOException {
        Path file = write("bad.yaml", "id: [unclosed\n");
        assertThatThrownBy(() -> QuestionnaireCatalog.loadFrom(dir))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void shouldRejectAShowIfCycle() throws IOException {
        write("cycle.yaml", """
                id: cycle
                title: {en: Cycle, ru: Цикл}
                sections:
                  - id: only
                    title: {en: Only, ru: Единственный}
                    questions:
                      - id: first
                        type: yesno
                        label: {en: "First?", ru: "Первый?"}
                        showIf: {question: second, equals: true}
                      - id: second
                        type: yesno
                        label: {en: "Second?", ru: "Второй?"}
                        showIf: {question: first, equals: true}
                """);
        assertThatThrownBy(() -> QuestionnaireCatalog.loadFrom(dir))
                .hasMessageContaining("question 'first': showIf forms a cycle");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
