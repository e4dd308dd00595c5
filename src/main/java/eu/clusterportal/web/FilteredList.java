package eu.clusterportal.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A page of a public list with a filter form and a search box (news, documents), with the
 * links around it. Every link is built from the checked filter only, so odd or unknown
 * parameters never travel on.
 *
 * @param results the page of rows
 * @param filter the filter applied: the one asked for, less its unknown values
 * @param options the choices of the filter form
 * @param unknownParams the parameters asked for with a value that is not among the
 * choices, which the list left out
 * @param activeFilters the filters and the search in force, each with a link that removes
 * it
 * @param clearHref the list without any filter or search
 * @param pagination the page links
 * @param pageNotice why the page shown is not the one asked for, or {@code null}
 */
public record FilteredList<T>(Page<T> results, ListFilter filter, FilterOptions options, List<String> unknownParams,
		List<ActiveFilter> activeFilters, String clearHref, Pagination pagination, PageNotice pageNotice) {

	/**
	 * A filter in force.
	 *
	 * @param param its URL parameter, such as {@code country}, or {@link ListFilter#TEXT}
	 * for the search
	 * @param label what it filters by, such as "China"
	 * @param removeHref the list without this filter, from the first page
	 */
	public record ActiveFilter(String param, String label, String removeHref) {
	}

	/**
	 * A page number that could not be shown.
	 *
	 * @param asked the page number as the URL gives it
	 * @param number whether it is a number at all: a number past the last page gives the
	 * last page, anything else the first
	 * @param shown the page shown instead, counted from 1
	 */
	public record PageNotice(String asked, boolean number, int shown) {
	}

	/**
	 * @param list the list's URL, without parameters
	 * @param requested the filter the URL asks for, to report its unknown values
	 * @param filter the filter applied
	 * @param page the page value the URL gives, or {@code null}
	 */
	public static <T> FilteredList<T> of(String list, Page<T> results, ListFilter requested, ListFilter filter,
			FilterOptions options, String page) {
		List<ActiveFilter> active = filter.params()
			.stream()
			.map((p) -> new ActiveFilter(p, options.label(p, filter.value(p)).orElseThrow(),
					href(list, filter.without(p))))
			.toList();
		if (filter.hasText()) {
			active = Stream
				.concat(active.stream(), Stream
					.of(new ActiveFilter(ListFilter.TEXT, filter.text(), href(list, filter.without(ListFilter.TEXT)))))
				.toList();
		}
		return new FilteredList<>(results, filter, options, options.unknown(requested), active,
				href(list, ListFilter.of(Map.of(), "")),
				Pagination.of(results, filter.addTo(UriComponentsBuilder.fromPath(list))), notice(page, results));
	}

	public List<T> rows() {
		return results.getContent();
	}

	public boolean isEmpty() {
		return results.isEmpty();
	}

	private static PageNotice notice(String page, Page<?> results) {
		if (page == null || page.isBlank()) {
			return null;
		}
		if (!PageNumber.isNumber(page)) {
			return new PageNotice(page.strip(), false, results.getNumber() + 1);
		}
		return (PageNumber.index(page) > results.getNumber())
				? new PageNotice(page.strip(), true, results.getNumber() + 1) : null;
	}

	private static String href(String list, ListFilter filter) {
		return filter.addTo(UriComponentsBuilder.fromPath(list)).build().toUriString();
	}

}
