package eu.clusterportal.directory;

import java.util.Arrays;
import java.util.List;

import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.web.Pagination;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The directory page: a page of clusters with the links around it. Every link is built
 * from the checked filter and sort only, so odd or unknown parameters never travel on.
 *
 * @param search the page of clusters, the filter applied and the form's choices
 * @param sort the order of the clusters
 * @param columns the sortable column headers
 * @param activeFilters the filters applied, each with a link that removes it
 * @param clearHref the directory without any filter, in the same order
 * @param csvHref the CSV export of all the clusters that match, in the same order
 * @param pagination the page links
 */
public record ClusterDirectoryPage(ClusterSearch search, ClusterSort sort, List<SortColumn> columns,
		List<ActiveFilter> activeFilters, String clearHref, String csvHref, Pagination pagination) {

	/**
	 * A sortable column header.
	 *
	 * @param key the column's URL name
	 * @param href the directory sorted by this column (ascending, or flipped if it is the
	 * current one), with the same filters, from the first page
	 * @param ariaSort {@code ascending} or {@code descending} for the current column,
	 * otherwise {@code null}
	 */
	public record SortColumn(String key, String href, String ariaSort) {
	}

	/**
	 * A filter in force.
	 *
	 * @param param its URL parameter, such as {@code sector}
	 * @param label what it filters by, such as "C29 Manufacture of motor vehicles, ..."
	 * @param removeHref the directory without this filter
	 */
	public record ActiveFilter(String param, String label, String removeHref) {
	}

	/**
	 * @param directory the directory's URL, without parameters
	 * @param csv the CSV export's URL, without parameters
	 */
	public static ClusterDirectoryPage of(ClusterSearch search, ClusterSort sort, String directory, String csv) {
		ClusterFilter filter = search.filter();
		List<SortColumn> columns = Arrays.stream(ClusterSort.Key.values())
			.map((key) -> new SortColumn(key.parameter(), href(directory, filter, sort.next(key)),
					(sort.key() == key) ? (sort.direction().isAscending() ? "ascending" : "descending") : null))
			.toList();
		List<ActiveFilter> active = filter.params()
			.stream()
			.map((p) -> new ActiveFilter(p.parameter(), search.options().label(p, p.valueIn(filter)).orElseThrow(),
					href(directory, filter.without(p), sort)))
			.toList();
		return new ClusterDirectoryPage(search, sort, columns, active, href(directory, ClusterFilter.NONE, sort),
				href(csv, filter, sort), Pagination.of(search.results(), url(directory, filter, sort)));
	}

	public List<Cluster> rows() {
		return search.results().getContent();
	}

	public boolean isEmpty() {
		return search.results().isEmpty();
	}

	public ClusterFilter filter() {
		return search.filter();
	}

	public ClusterFilterOptions options() {
		return search.options();
	}

	/** The URL parameters asked for with an unknown value, which the page left out. */
	public List<String> unknownParams() {
		return search.unknown().stream().map(ClusterFilter.Param::parameter).toList();
	}

	/** The header of the given column. */
	public SortColumn column(String key) {
		return columns.stream()
			.filter((c) -> c.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No sortable column " + key));
	}

	private static String href(String path, ClusterFilter filter, ClusterSort sort) {
		return url(path, filter, sort).build().toUriString();
	}

	/** A URL with the filter's parameters and, unless it is the default, the sort. */
	static UriComponentsBuilder url(String path, ClusterFilter filter, ClusterSort sort) {
		UriComponentsBuilder url = filter.addTo(UriComponentsBuilder.fromPath(path));
		return sort.isDefault() ? url : url.queryParam("sort", sort.toParameter());
	}

}
