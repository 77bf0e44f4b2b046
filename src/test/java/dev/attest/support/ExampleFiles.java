package dev.attest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The request bodies in {@code examples/}, as a user would post them. */
public final class ExampleFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExampleFiles() {
    }

    public static String body(String name) {
        try {
            return Files.readString(Path.of("examples", name + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode json(String name) {
        try {
            return (ObjectNode) JSON.readTree(body(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
