package eu.clusterportal.web;

import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * One page of a public list: every list shows the same number of rows, and a page past
 * the last shows the last rather than nothing.
 */
public final class PublicPage {

	/** Rows on a page of every public list. */
	public static final int SIZE = 20;

	private PublicPage() {
	}

	/**
	 * @param index the page asked for, counted from 0 (as {@link PageNumber#index} reads
	 * it)
	 * @param query the list's query for one page
	 */
	public static <T> Page<T> find(int index, Sort sort, Function<Pageable, Page<T>> query) {
		Page<T> page = query.apply(PageRequest.of(Math.max(0, Math.min(index, PageNumber.MAX_INDEX)), SIZE, sort));
		if (page.isEmpty() && page.getTotalElements() > 0) {
			page = query.apply(PageRequest.of(page.getTotalPages() - 1, SIZE, sort));
		}
		return page;
	}

}
