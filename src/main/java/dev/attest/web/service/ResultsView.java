package dev.attest.web.service;

import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * The results page: score and band, a bar per framework, findings grouped by priority, each with its remediation
 * steps to tick off; {@code done} of {@code total} steps are ticked over the whole page.
 */
@TemplateData
public record ResultsView(Integer overall, String band, List<Bar> bars, List<Group> groups, int done, int total) {

    @TemplateData
    public record Bar(String name, boolean applies, Integer score, String band, List<String> reasons) {
    }

    @TemplateData
    public record Group(String title, List<Item> findings) {
    }

    @TemplateData
    public record Item(String ruleId, String severity, String title, String explanation, String citation,
            List<String> triggeredBy, List<Step> steps, int done, int total) {
    }

    /** One remediation step; {@code key} names it in the form ({@code <checkId>:<number>}). */
    @TemplateData
    public record Step(int number, String text, boolean done, String key) {
    }
}
