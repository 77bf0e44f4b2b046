package dev.attest.web.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.questionnaire.ShowIf;
import dev.attest.questionnaire.ShowIf.Reference;
import dev.attest.questionnaire.Visibility;

class ShowIfJsonTest {

    private static final Reference EU = new Reference("eu_establishment", false);
    private static final Reference CALIFORNIA = new Reference("does_business_in_california", false);

    private final ObjectNode saved = JsonNodeFactory.instance.objectNode().put("does_business_in_california", true)
            .put("hidden_elsewhere", "x");
    private final ShowIfJson json = new ShowIfJson(Set.of("eu_establishment", "offers_to_eu"), saved,
            new Visibility(Set.of("does_business_in_california"), Map.of()));

    @Test
    void shouldNameFieldsOnThePageAndGiveSavedAnswersFromOtherSteps() {
        ShowIf condition = new ShowIf.All(List.of(new ShowIf.Equals(EU, false),
                new ShowIf.Not(new ShowIf.Equals(CALIFORNIA, true)),
                new ShowIf.Answered(new Reference("hidden_elsewhere", false), true)));
        assertThat(json.write(condition, null, 0)).isEqualTo("{\"all\":[{\"name\":\"q.eu_establishment\",\"equals\":false},"
                + "{\"not\":{\"value\":true,\"equals\":true}},{\"value\":null,\"answered\":true}]}");
    }

    @Test
    void shouldNameTheSiblingFieldOfTheSameEntry() {
        ShowIf condition = new ShowIf.Any(List.of(new ShowIf.In(new Reference("role", true), List.of("processor", 2.0)),
                new ShowIf.Contains(new Reference("kinds", true), "email"),
                new ShowIf.Compare(new Reference("months", true), 12, true),
                new ShowIf.Compare(new Reference("months", true), 3, false)));
        assertThat(json.write(condition, "vendors", 2)).isEqualTo("{\"any\":["
                + "{\"name\":\"g.vendors.2.role\",\"in\":[\"processor\",2.0]},"
                + "{\"name\":\"g.vendors.2.kinds\",\"contains\":\"email\"},"
                + "{\"name\":\"g.vendors.2.months\",\"greaterThan\":12.0},"
                + "{\"name\":\"g.vendors.2.months\",\"lessThan\":3.0}]}");
    }

    @Test
    void shouldNotWriteAnythingForAQuestionAlwaysAsked() {
        assertThat(json.write(null, null, 0)).isNull();
    }
}
