package dev.attest.web.service;

import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A posted step read into answers: values to set and questions left empty (their answers are removed). */
public record SectionInput(ObjectNode updates, Set<String> cleared) {
}
