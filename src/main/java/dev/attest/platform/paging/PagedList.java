package dev.attest.platform.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a listing, with where it is and how many items there are in all. */
@Schema(name = "PagedList", description = "One page of a listing: `page` counts from 0; `total` counts every match")
public record PagedList<T>(List<T> items, int page, int size, long total) {

    public PagedList {
        items = List.copyOf(items);
    }

    public <R> PagedList<R> map(Function<T, R> mapping) {
        return new PagedList<>(items.stream().map(mapping).toList(), page, size, total);
    }
}
