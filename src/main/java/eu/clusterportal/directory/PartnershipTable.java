package eu.clusterportal.directory;

import java.util.Arrays;
import java.util.List;

import eu.clusterportal.partnership.Partnership;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A sorted table of partnerships with the links its column headers lead to.
 *
 * @param columns the sortable columns, in the order the table shows them
 * @param rows the partnerships in the current order
 */
public record PartnershipTable(List<SortableColumn> columns, List<Partnership> rows) {

	/**
	 * A sortable column header.
	 *
	 * @param key the column's URL name
	 * @param href where a click on the header goes: the same page sorted by this column
	 * @param ariaSort {@code ascending} or {@code descending} for the column the table is
	 * sorted by, otherwise {@code null}
	 */
	public record SortableColumn(String key, String href, String ariaSort) {
	}

	public boolean isEmpty() {
		return rows.isEmpty();
	}

	/**
	 * @param page the URL of the page showing the table; headers link to it with a new
	 * {@code sort} parameter, keeping its other parameters
	 */
	public static PartnershipTable of(List<Partnership> rows, PartnershipSort sort, UriComponentsBuilder page) {
		List<SortableColumn> columns = Arrays.stream(PartnershipSort.Key.values())
			.map((key) -> new SortableColumn(key.parameter(), href(page, sort.next(key)), ariaSort(sort, key)))
			.toList();
		return new PartnershipTable(columns, rows);
	}

	/** The header of the given column. */
	public SortableColumn column(String key) {
		return columns.stream()
			.filter((c) -> c.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No sortable column " + key));
	}

	private static String href(UriComponentsBuilder page, PartnershipSort sort) {
		return page.cloneBuilder()
			.replaceQueryParam("sort", sort.toParameter())
			.fragment("partnerships")
			.build()
			.toUriString();
	}

	private static String ariaSort(PartnershipSort sort, PartnershipSort.Key key) {
		if (sort.key() != key) {
			return null;
		}
		return sort.direction().isAscending() ? "ascending" : "descending";
	}

}
