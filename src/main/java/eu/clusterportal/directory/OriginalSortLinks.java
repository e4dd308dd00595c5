package eu.clusterportal.directory;

import java.util.Locale;
import java.util.Map;

import eu.clusterportal.directory.PartnershipSort.Key;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The sort links of the original country pages' ESCP-4i table, Drupal's
 * {@code ?order=field_escp_sme&sort=asc}, lead to the same order in the portal
 * ({@code ?sort=smes,asc}) with a permanent redirect, keeping the other parameters. A
 * column the portal does not know gives its default order.
 */
public final class OriginalSortLinks {

	/** The original's parameter naming the column; its {@code sort} is the direction. */
	public static final String ORDER = "order";

	/**
	 * The original's column names. {@code field_escp_sme} is the one its links are known
	 * to use; the others follow the same Drupal naming and are unverified.
	 */
	static final Map<String, Key> COLUMNS = Map.of("field_escp_sme", Key.SMES, "field_escp_partners", Key.PARTNERS,
			"field_escp_acronym", Key.ACRONYM, "title", Key.NAME);

	private OriginalSortLinks() {
	}

	/**
	 * A 301 to the portal's address for a request made with the original's parameters.
	 */
	public static ResponseEntity<Void> redirect(HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
			.header(HttpHeaders.LOCATION, portalAddress(request.getRequestURI(), request.getQueryString()))
			.build();
	}

	/**
	 * @param path the path as requested
	 * @param query the query as requested, still encoded
	 */
	static String portalAddress(String path, String query) {
		// One leading slash, so that the address cannot name another host.
		UriComponentsBuilder address = UriComponentsBuilder.fromPath(path.replaceFirst("^/+", "/")).query(query);
		MultiValueMap<String, String> parameters = address.build().getQueryParams();
		return address.replaceQueryParam(ORDER)
			.replaceQueryParam("sort", sort(parameters.getFirst(ORDER), parameters.getFirst("sort")).toParameter())
			.build()
			.toUriString();
	}

	private static PartnershipSort sort(String order, String direction) {
		Key key = (order != null) ? COLUMNS.get(order.toLowerCase(Locale.ROOT)) : null;
		if (key == null) {
			return PartnershipSort.DEFAULT;
		}
		// Drupal sorts a column ascending unless told otherwise.
		return new PartnershipSort(key, "desc".equalsIgnoreCase(direction) ? Direction.DESC : Direction.ASC);
	}

}
