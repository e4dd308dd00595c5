package eu.clusterportal.web;

import java.util.List;
import java.util.stream.IntStream;

import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page links under a paged list. Each link keeps the list's other parameters
 * (filters, sort) and sets {@code page}, counted from 1 as people count.
 *
 * @param pages one link per page, in order
 * @param previous the previous page's link, or {@code null} on the first page
 * @param next the next page's link, or {@code null} on the last page
 * @param first the position of the first item shown, counted from 1
 * @param last the position of the last item shown
 * @param total how many items there are in all
 */
public record Pagination(List<PageLink> pages, String previous, String next, long first, long last, long total) {

	/** A link to one page of the list. */
	public record PageLink(int number, String href, boolean current) {
	}

	/** Whether there is more than one page, so that the links are worth showing. */
	public boolean isNeeded() {
		return pages.size() > 1;
	}

	/**
	 * @param page the page shown
	 * @param list the URL of the list with its current parameters
	 */
	public static Pagination of(Page<?> page, UriComponentsBuilder list) {
		int current = page.getNumber();
		List<PageLink> pages = IntStream.range(0, Math.max(page.getTotalPages(), 1))
			.mapToObj((n) -> new PageLink(n + 1, href(list, n), n == current))
			.toList();
		long first = page.isEmpty() ? 0 : page.getPageable().getOffset() + 1;
		return new Pagination(pages, page.hasPrevious() ? href(list, current - 1) : null,
				page.hasNext() ? href(list, current + 1) : null, first, page.getPageable().isPaged()
						? page.getPageable().getOffset() + page.getNumberOfElements() : page.getNumberOfElements(),
				page.getTotalElements());
	}

	private static String href(UriComponentsBuilder list, int pageIndex) {
		return list.cloneBuilder().replaceQueryParam("page", pageIndex + 1).build().toUriString();
	}

}
