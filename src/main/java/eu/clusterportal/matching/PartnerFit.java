package eu.clusterportal.matching;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import eu.clusterportal.cooperation.PartnerRequestKind;
import eu.clusterportal.organisation.OrganisationType;

/**
 * The one table of which candidates fit the kind of partner a request is about: the
 * organisation types, and clusters themselves ({@link #CLUSTER}). An offer reads it the
 * same way, as the kind of partner it is for.
 */
final class PartnerFit {

	/** A cluster as a candidate, beside the organisation types. */
	static final String CLUSTER = "CLUSTER";

	private static final Map<PartnerRequestKind, List<String>> FITTING = new EnumMap<>(PartnerRequestKind.class);

	static {
		FITTING.put(PartnerRequestKind.TECHNOLOGY_PARTNER,
				types(OrganisationType.COMPANY, OrganisationType.RESEARCH_ORGANISATION, OrganisationType.UNIVERSITY));
		FITTING.put(PartnerRequestKind.RESEARCH_PARTNER,
				types(OrganisationType.RESEARCH_ORGANISATION, OrganisationType.UNIVERSITY));
		FITTING.put(PartnerRequestKind.DISTRIBUTOR_OR_AGENT, types(OrganisationType.COMPANY));
		FITTING.put(PartnerRequestKind.INVESTOR, types(OrganisationType.COMPANY, OrganisationType.AGENCY));
		FITTING.put(PartnerRequestKind.SUPPLIER, types(OrganisationType.COMPANY));
		FITTING.put(PartnerRequestKind.CLUSTER_COOPERATION,
				List.of(OrganisationType.CLUSTER_ORGANISATION.name(), CLUSTER));
		FITTING.put(PartnerRequestKind.EVENT_OR_CALL_PARTNER,
				List.of(OrganisationType.CLUSTER_ORGANISATION.name(), CLUSTER,
						OrganisationType.RESEARCH_ORGANISATION.name(), OrganisationType.UNIVERSITY.name(),
						OrganisationType.ASSOCIATION.name(), OrganisationType.CHAMBER_OF_COMMERCE.name(),
						OrganisationType.COMPANY.name()));
	}

	private PartnerFit() {
	}

	/**
	 * The table as a SQL {@code values} list of {@code (kind, type)}: built from
	 * constants of the code, never from input.
	 */
	static String sqlValues() {
		return FITTING.entrySet()
			.stream()
			.flatMap(
					entry -> entry.getValue().stream().map(type -> "('" + entry.getKey().name() + "', '" + type + "')"))
			.collect(Collectors.joining(", ", "(values ", ")"));
	}

	private static List<String> types(OrganisationType... types) {
		return Arrays.stream(types).map(OrganisationType::name).toList();
	}

}
