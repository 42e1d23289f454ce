package dk.pulje.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with what a client needs to fetch the others. */
public record PageOf<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	public static <T> PageOf<T> of(List<T> items, Paging paging, long totalItems) {
		int totalPages = (int) ((totalItems + paging.size() - 1) / paging.size());
		return new PageOf<>(List.copyOf(items), paging.page(), paging.size(), totalItems, totalPages);
	}

	public <R> PageOf<R> map(Function<T, R> mapper) {
		return new PageOf<>(this.items.stream().map(mapper).toList(), this.page, this.size, this.totalItems,
				this.totalPages);
	}

}
