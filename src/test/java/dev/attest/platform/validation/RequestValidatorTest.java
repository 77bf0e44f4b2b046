package dev.attest.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.junit.jupiter.api.Test;

import dev.attest.platform.problem.FieldError;
import dev.attest.platform.problem.InvalidRequestException;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RequestValidatorTest {

    record Item(@NotBlank(message = "required") String name) {
    }

    record Body(@NotNull(message = "required") @IsoCountry String country,
            List<@NotNull(message = "required") @Valid Item> items) {
    }

    @Inject
    RequestValidator validator;

    @Test
    void shouldNameEveryBadFieldWithAJsonPointer() {
        Body body = new Body("de", Arrays.asList(new Item("ok"), new Item(" "), null));
        InvalidRequestException thrown = catchThrowableOfType(InvalidRequestException.class, () -> validator.validate(body));
        assertThat(thrown.errors()).extracting(FieldError::pointer).containsExactly("/country", "/items/1/name", "/items/2");
        assertThat(thrown.errors()).extracting(FieldError::in).containsOnly("body");
    }

    @Test
    void shouldNotComplainAboutAValidBody() {
        assertThatCode(() -> validator.validate(new Body("DE", List.of(new Item("ok"))))).doesNotThrowAnyException();
    }

    @Test
    void shouldNameAMissingBodyAtTheRoot() {
        InvalidRequestException thrown = catchThrowableOfType(InvalidRequestException.class, () -> validator.validate(null));
        assertThat(thrown.errors()).extracting(FieldError::pointer).containsExactly("/");
    }
}
