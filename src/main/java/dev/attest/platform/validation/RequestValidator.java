package dev.attest.platform.validation;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import dev.attest.platform.problem.FieldError;
import dev.attest.platform.problem.InvalidRequestException;

/**
 * Validates a request body with its Bean Validation constraints and turns every violation into a {@link FieldError}
 * with a JSON Pointer ({@code contacts[1].email} becomes {@code /contacts/1/email}), so a 400 names each bad field
 * the way the rest of the API does.
 */
@ApplicationScoped
public class RequestValidator {

    @Inject
    Validator validator;

    /** Throws {@link InvalidRequestException} listing every bad field; a missing body is one error at {@code /}. */
    public void validate(Object body) {
        if (body == null) {
            throw new InvalidRequestException(FieldError.body("/", "required: a JSON object"));
        }
        Set<ConstraintViolation<Object>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            List<FieldError> errors = violations.stream()
                    .map(violation -> FieldError.body(pointer(violation.getPropertyPath()), violation.getMessage()))
                    .sorted(Comparator.comparing(FieldError::pointer).thenComparing(FieldError::reason))
                    .toList();
            throw new InvalidRequestException(errors);
        }
    }

    static String pointer(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                pointer.append('/').append(node.getName());
            }
        }
        return pointer.length() == 0 ? "/" : pointer.toString();
    }
}
