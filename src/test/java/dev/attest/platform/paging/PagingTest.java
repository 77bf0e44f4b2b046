package dev.attest.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.attest.platform.problem.FieldError;
import dev.attest.platform.problem.InvalidRequestException;

class PagingTest {

    @Test
    void shouldDefaultToTheFirstPageOfTwenty() {
        assertThat(Paging.parse(null, " ")).isEqualTo(new Paging(0, 20));
    }

    @Test
    void shouldReadPageAndSize() {
        assertThat(Paging.parse("3", "100")).isEqualTo(new Paging(3, 100));
    }

    @Test
    void shouldNotAcceptANegativePageOrASizeOutOfRange() {
        assertThatThrownBy(() -> Paging.parse("-1", null)).isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).errors())
                .isEqualTo(List.of(new FieldError("query", "page", "expected a whole number from 0")));
        assertThatThrownBy(() -> Paging.parse(null, "101")).isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).errors().get(0).pointer()).isEqualTo("size");
        assertThatThrownBy(() -> Paging.parse(null, "ten")).isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).errors().get(0).reason())
                .isEqualTo("expected a whole number from 1 to 100");
    }
}
