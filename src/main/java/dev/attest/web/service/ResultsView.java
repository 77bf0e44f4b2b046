package dev.attest.web.service;

import java.util.List;

import io.quarkus.qute.TemplateData;

/** The results page: score and band, a bar per framework, findings grouped by priority. */
@TemplateData
public record ResultsView(Integer overall, String band, List<Bar> bars, List<Group> groups) {

    @TemplateData
    public record Bar(String name, boolean applies, Integer score, String band, List<String> reasons) {
    }

    @TemplateData
    public record Group(String title, List<Item> findings) {
    }

    @TemplateData
    public record Item(String ruleId, String severity, String title, String explanation, String citation,
            List<String> triggeredBy, List<String> remediation) {
    }
}
