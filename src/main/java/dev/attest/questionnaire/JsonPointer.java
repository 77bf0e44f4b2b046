package dev.attest.questionnaire;

/** Builds RFC 6901 JSON Pointers to answers. */
public final class JsonPointer {

    private JsonPointer() {
    }

    public static String of(Object... tokens) {
        StringBuilder pointer = new StringBuilder();
        for (Object token : tokens) {
            pointer.append('/').append(token.toString().replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }
}
