package dev.attest.web.service;

import java.util.List;

import io.quarkus.qute.TemplateData;

/** One step of the form as the page shows it. {@code previous} is the section before, or null. */
@TemplateData
public record StepView(String sectionId, String title, int number, int total, String previous,
        List<QuestionView> questions, boolean hasErrors) {

    /**
     * One question or group field: its form field name, its input id, what was typed, and its error if any.
     * {@code hidden} says its {@code showIf} is not met by the answers; {@code showIf} is that condition as the page's
     * script reads it (null for a question always asked).
     */
    @TemplateData
    public record QuestionView(String name, String inputId, String label, String help, String type, boolean required,
            boolean dontKnow, boolean dontKnowChosen, String value, boolean select, List<OptionView> options,
            String error, String groupId, List<EntryView> entries, boolean hidden, String showIf) {

        public String errorId() {
            return inputId + "-error";
        }

        public String helpId() {
            return inputId + "-help";
        }

        /** The ids an input is described by: its help and its error. */
        public String describedBy() {
            String ids = (help != null ? helpId() : "") + (error != null ? " " + errorId() : "");
            return ids.trim();
        }
    }

    @TemplateData
    public record OptionView(String value, String label, String id, boolean checked) {
    }

    @TemplateData
    public record EntryView(int number, List<QuestionView> fields) {
    }
}
