package eu.clusterportal.directory;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import eu.clusterportal.editorial.Provenance;
import eu.clusterportal.partnership.Partnership;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A sorted table of partnerships with the links its column headers lead to.
 *
 * @param columns the sortable columns, in the order the table shows them
 * @param rows the partnerships in the current order
 */
public record PartnershipTable(List<SortableColumn> columns, List<Partnership> rows) {

	private static final Map<String, Function<Partnership, Provenance>> SOURCES = Map.of("technology-fields",
			Partnership::getTechnologyFieldsSource, "sectors", Partnership::getSectorsSource, "targets",
			Partnership::getTargetCountriesSource, "figures", Partnership::getFiguresSource);

	/** The attribute of each column's source, under which its detail is translated. */
	private static final Map<String, String> ATTRIBUTES = Map.of("technology-fields", "technologyFieldsSource",
			"sectors", "sectorsSource", "targets", "targetCountriesSource", "figures", "figuresSource");

	private static final Map<String, Predicate<Partnership>> ENTRIES = Map.of("technology-fields",
			(p) -> !p.getTechnologyFields().isEmpty(), "sectors", (p) -> !p.getSectors().isEmpty(), "targets",
			(p) -> !p.getTargetCountries().isEmpty(), "figures",
			(p) -> p.getSmesInvolved() != null || p.getPartners() != null);

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

	/**
	 * Where a column's entries come from, once for the column ({@code technology-fields},
	 * {@code sectors}, {@code targets}, {@code figures} for both counts): the source
	 * every row with an entry there shares, so that a screen reader does not read the
	 * same note in every cell. Empty when the rows' sources differ (each cell then says
	 * its own) or no row has an entry; a shared source may be {@code null}, not recorded.
	 */
	public Optional<SharedSource> sharedSource(String column) {
		Function<Partnership, Provenance> source = SOURCES.get(column);
		Predicate<Partnership> hasEntry = ENTRIES.get(column);
		if (source == null) {
			throw new IllegalArgumentException("No column with sources " + column);
		}
		List<Partnership> withEntry = rows.stream().filter(hasEntry).toList();
		List<Provenance> sources = withEntry.stream().map(source).distinct().toList();
		return (sources.size() == 1)
				? Optional.of(new SharedSource(sources.get(0), withEntry.get(0), ATTRIBUTES.get(column)))
				: Optional.empty();
	}

	/**
	 * The one source of a column's entries.
	 *
	 * @param source {@code null} when not recorded
	 * @param first the first row with an entry in the column, whose translation of the
	 * source's detail the column shows
	 * @param attribute the partnerships' attribute that holds the source
	 */
	public record SharedSource(Provenance source, Partnership first, String attribute) {
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
