package dev.attest.platform.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a listing, with where it is and how many items there are in all ({@code page} counts from 0). The
 * OpenAPI document shows it per item type ({@code OrganisationPage}, {@code AssessmentPage}).
 */
public record PagedList<T>(List<T> items, int page, int size, long total) {

    public PagedList {
        items = List.copyOf(items);
    }

    public <R> PagedList<R> map(Function<T, R> mapping) {
        return new PagedList<>(items.stream().map(mapping).toList(), page, size, total);
    }
}
