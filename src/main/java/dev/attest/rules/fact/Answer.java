package dev.attest.rules.fact;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One answered question as the rules see it. Fields of repeated groups become one answer per entry,
 * named {@code group.field} and addressed by a JSON Pointer such as {@code /purposes/2/legal_basis}.
 *
 * @param question question id ({@code group.field} inside a repeated group)
 * @param pointer JSON Pointer of the answer in the submitted answers
 * @param group the repeated group the answer belongs to, or {@code null}
 * @param index the entry's position inside the group, or -1
 * @param value Boolean, String, List of String, Double, LocalDate or Integer (entries of a group)
 * @param unknown the reserved "don't know" value was given
 */
public record Answer(String question, String pointer, String group, int index, Object value, boolean unknown) {

    public static final String DONT_KNOW = "dont_know";

    public static Answer known(String question, String pointer, String group, int index, Object value) {
        return new Answer(question, pointer, group, index, value, false);
    }

    public static Answer dontKnow(String question, String pointer, String group, int index) {
        return new Answer(question, pointer, group, index, null, true);
    }

    public boolean isYes() {
        return Boolean.TRUE.equals(value);
    }

    public boolean isNo() {
        return Boolean.FALSE.equals(value);
    }

    public boolean isUnknown() {
        return unknown;
    }

    public Double getNumber() {
        return value instanceof Number n ? n.doubleValue() : null;
    }

    public LocalDate getDate() {
        return value instanceof LocalDate d ? d : null;
    }

    @SuppressWarnings("unchecked")
    public List<String> getChoices() {
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }

    // Bean-style accessors: DRL constraints read properties through them.
    public String getQuestion() {
        return question;
    }

    public String getPointer() {
        return pointer;
    }

    public String getGroup() {
        return group;
    }

    public int getIndex() {
        return index;
    }

    public Object getValue() {
        return value;
    }

    /**
     * From the question and pointer only, which equal answers share, so consistent with the record's equals. The
     * engine hashes answers on every join on them and inside every logically inserted fact that names them; the
     * record's own hash of all six components, through method handles, was 6% of a scheduled run.
     */
    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(question) + Objects.hashCode(pointer);
    }
}
