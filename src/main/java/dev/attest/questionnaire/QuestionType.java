package dev.attest.questionnaire;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of answer a question takes. */
public enum QuestionType {
    YESNO("yesno"),
    SINGLE("single"),
    MULTI("multi"),
    NUMBER("number"),
    DATE("date"),
    TEXT("text"),
    GROUP("group");

    private final String code;

    QuestionType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean hasOptions() {
        return this == SINGLE || this == MULTI;
    }

    public static Optional<QuestionType> fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }
}
