package eu.clusterportal.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page links under a paged list. Each link keeps the list's other parameters
 * (filters, sort) and sets {@code page}, counted from 1 as people count. A long list
 * links its first and last pages and those near the current one, so the links stay few
 * however many pages there are.
 *
 * @param pages the links, in order: every page of a short list
 * @param previous the previous page's link, or {@code null} on the first page
 * @param next the next page's link, or {@code null} on the last page
 * @param first the position of the first item shown, counted from 1
 * @param last the position of the last item shown
 * @param total how many items there are in all
 */
public record Pagination(List<PageLink> pages, String previous, String next, long first, long last, long total) {

	/**
	 * A link to one page of the list.
	 *
	 * @param afterGap whether pages between the one before and this one are left out
	 */
	public record PageLink(int number, String href, boolean current, boolean afterGap) {
	}

	// Pages linked on either side of the current one in a long list.
	private static final int NEAR = 2;

	// Up to this many pages, every page is linked.
	private static final int ALL_UP_TO = 9;

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
		int count = Math.max(page.getTotalPages(), 1);
		List<PageLink> pages = new ArrayList<>();
		int previous = -1;
		for (int n = 0; n < count; n++) {
			if (count <= ALL_UP_TO || n == 0 || n == count - 1 || Math.abs(n - current) <= NEAR) {
				pages.add(new PageLink(n + 1, href(list, n), n == current, n > previous + 1));
				previous = n;
			}
		}
		long first = page.isEmpty() ? 0 : page.getPageable().getOffset() + 1;
		return new Pagination(List.copyOf(pages), page.hasPrevious() ? href(list, current - 1) : null,
				page.hasNext() ? href(list, current + 1) : null, first, page.getPageable().isPaged()
						? page.getPageable().getOffset() + page.getNumberOfElements() : page.getNumberOfElements(),
				page.getTotalElements());
	}

	private static String href(UriComponentsBuilder list, int pageIndex) {
		return list.cloneBuilder().replaceQueryParam("page", pageIndex + 1).build().toUriString();
	}

}
