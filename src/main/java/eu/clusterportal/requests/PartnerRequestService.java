package eu.clusterportal.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryNames;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.cooperation.PartnerRequest;
import eu.clusterportal.cooperation.PartnerRequestDirection;
import eu.clusterportal.cooperation.PartnerRequestFilter;
import eu.clusterportal.cooperation.PartnerRequestKind;
import eu.clusterportal.cooperation.PartnerRequestRepository;
import eu.clusterportal.cooperation.PartnerRequestSort;
import eu.clusterportal.cooperation.PartnerRequestSpecifications;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LocalizedText;
import eu.clusterportal.organisation.Organisation;
import eu.clusterportal.organisation.OrganisationType;
import eu.clusterportal.taxonomy.SectorRepository;
import eu.clusterportal.taxonomy.TaxonomyTerm;
import eu.clusterportal.taxonomy.TechnologyFieldRepository;
import eu.clusterportal.web.FilterOptions;
import eu.clusterportal.web.FilteredList;
import eu.clusterportal.web.ListFilter;
import eu.clusterportal.web.PageNumber;
import eu.clusterportal.web.Pagination;
import eu.clusterportal.web.PublicPage;
import eu.clusterportal.web.TextParameter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Loads the public list of partner requests, a request's page and the short lists of open
 * requests on other pages, each with a fixed number of statements. A request is open
 * until its poster closes it or its deadline, a day of the portal's time zone, has
 * passed.
 */
@Service
@Transactional(readOnly = true)
public class PartnerRequestService {

	static final String KIND = "kind";

	static final String DIRECTION = "direction";

	static final String COUNTRY = "country";

	static final String SECTOR = "sector";

	static final String FIELD = "field";

	static final String TYPE = "type";

	static final String ORGANISATION = "organisation";

	static final String PARTNERSHIP = "partnership";

	static final String STATE = "state";

	static final String CLOSED = "closed";

	/** How many open requests another page lists before its link to the list. */
	public static final int BLOCK_SIZE = 5;

	private final PartnerRequestRepository requests;

	private final CountryRepository countries;

	private final SectorRepository sectors;

	private final TechnologyFieldRepository fields;

	private final MessageSource messages;

	private final Clock clock;

	PartnerRequestService(PartnerRequestRepository requests, CountryRepository countries, SectorRepository sectors,
			TechnologyFieldRepository fields, MessageSource messages, Clock clock) {
		this.requests = requests;
		this.countries = countries;
		this.sectors = sectors;
		this.fields = fields;
		this.messages = messages;
		this.clock = clock;
	}

	/** The filter the URL parameters ask for, not yet checked. */
	static ListFilter filter(String kind, String direction, String country, String sector, String field, String type,
			String organisation, String partnership, String state) {
		Map<String, String> requested = new LinkedHashMap<>();
		requested.put(KIND, kind);
		requested.put(DIRECTION, direction);
		requested.put(COUNTRY, country);
		requested.put(SECTOR, sector);
		requested.put(FIELD, field);
		requested.put(TYPE, type);
		requested.put(ORGANISATION, organisation);
		requested.put(PARTNERSHIP, partnership);
		requested.put(STATE, state);
		return ListFilter.of(requested, "");
	}

	/**
	 * One page of the list: unknown filter values are left out, a page past the last
	 * shows the last.
	 * @param path the list's URL, for its links
	 * @param page the page number as the URL gives it
	 */
	FilteredList<PartnerRequestRow> list(String path, ListFilter requested, PartnerRequestSort sort, String page,
			Language language) {
		FilterOptions options = options(requested, language);
		ListFilter filter = options.known(requested);
		PartnerRequestFilter query = query(filter);
		Page<PartnerRequestRow> rows = PublicPage.find(PageNumber.index(page), Sort.unsorted(),
				(pageable) -> requests
					.findAll(PartnerRequestSpecifications.listed(query, today(), sort, language), pageable)
					.map((request) -> row(request, language)));
		FilteredList<PartnerRequestRow> list = FilteredList.of(path, rows, requested, filter, options, page);
		if (sort == PartnerRequestSort.DEADLINE) {
			return list;
		}
		// the page links keep the order; removing a filter starts again from the default
		return new FilteredList<>(list.results(), list.filter(), list.options(), list.unknownParams(),
				list.activeFilters(), list.clearHref(),
				Pagination.of(rows,
						filter.addTo(UriComponentsBuilder.fromPath(path)).queryParam("sort", sort.toParameter())),
				list.pageNotice());
	}

	/**
	 * The first open requests a filter lets through, soonest deadline first, for the
	 * blocks of other pages: one statement.
	 */
	public List<PartnerRequestRow> firstOpen(PartnerRequestFilter filter, Language language) {
		return requests
			.findAll(PartnerRequestSpecifications.listed(filter, today(), PartnerRequestSort.DEADLINE, language),
					PageRequest.of(0, BLOCK_SIZE))
			.map((request) -> new PartnerRequestRow(request.getId(), request.title(language), request.getDirection(),
					request.getKind(), request.getOrganisation().getSlug(), name(request.getOrganisation(), language),
					null, List.of(), request.getDeadline(), false))
			.getContent();
	}

	/** A published request's page; an unpublished or unknown one is none. */
	Optional<PartnerRequestPage> find(String id, Language language) {
		if (id == null || !id.matches("[0-9]{1,18}")) {
			return Optional.empty();
		}
		return requests.findPublished(Long.parseLong(id)).map((request) -> page(request, language));
	}

	/**
	 * Whether the account with the address is a validated member of the request's
	 * organisation.
	 */
	boolean isRepresentedBy(long id, String email) {
		return requests.isRepresentedBy(id, email);
	}

	/** Today in the portal's time zone. */
	LocalDate today() {
		return LocalDate.now(clock);
	}

	private PartnerRequestPage page(PartnerRequest request, Language language) {
		LocalizedText title = request.title(language);
		Language otherLanguage = RequestTexts.otherWritten(request, language);
		PartnerRequestPage.OtherText other = (otherLanguage != null)
				? new PartnerRequestPage.OtherText(otherLanguage.tag(), request.title(otherLanguage).value(),
						RequestTexts.paragraphs(request.description(otherLanguage).value()))
				: null;
		Organisation organisation = request.getOrganisation();
		return new PartnerRequestPage(request.getId(), title,
				RequestTexts.paragraphs(request.description(language).value()), other, request.getDirection(),
				request.getKind(), organisation.getSlug(), name(organisation, language),
				targets(request.getTargetCountries(), language), terms(request.getSectors(), "/sectors/", language),
				terms(request.getTechnologyFields(), "/technology-fields/", language),
				(request.getPartnership() != null)
						? new PartnerRequestPage.PartnershipLink(request.getPartnership().getAcronym(),
								request.getPartnership()
									.getTranslations()
									.text("name", request.getPartnership().getName(), language, false))
						: null,
				request.getDeadline(), LocalDate.ofInstant(request.getCreatedAt(), clock.getZone()),
				!request.isOpenOn(today()));
	}

	private PartnerRequestRow row(PartnerRequest request, Language language) {
		Organisation organisation = request.getOrganisation();
		return new PartnerRequestRow(request.getId(), request.title(language), request.getDirection(),
				request.getKind(), organisation.getSlug(), name(organisation, language),
				CountryNames.text(organisation.getCountry(), language, false),
				targets(request.getTargetCountries(), language), request.getDeadline(), !request.isOpenOn(today()));
	}

	private static LocalizedText name(Organisation organisation, Language language) {
		return organisation.getTranslations().text("name", organisation.getName(), language, false);
	}

	private static List<CountryLink> targets(Collection<Country> targets, Language language) {
		return CountryNames.sorted(targets, language)
			.stream()
			.map((country) -> new CountryLink(country.getSlug(), CountryNames.text(country, language, false),
					country.hasProfile()))
			.toList();
	}

	private static List<TermLink> terms(Collection<? extends TaxonomyTerm> terms, String path, Language language) {
		return terms.stream()
			.map((term) -> new TermLink(term.getCode(),
					term.getTranslations().text("name", term.getName(), language, false), path + term.getCode()))
			.toList();
	}

	private FilterOptions options(ListFilter requested, Language language) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, List<FilterOptions.Option>> menus = new LinkedHashMap<>();
		menus.put(KIND,
				Stream.of(PartnerRequestKind.values())
					.map((kind) -> new FilterOptions.Option(kind.toParameter(), message(kind.messageKey(), locale)))
					.toList());
		menus.put(DIRECTION,
				Stream.of(PartnerRequestDirection.values())
					.map((direction) -> new FilterOptions.Option(direction.toParameter(),
							message(direction.messageKey(), locale)))
					.toList());
		menus.put(COUNTRY,
				CountryNames.sorted(countries.findAllBy(), language)
					.stream()
					.map((country) -> new FilterOptions.Option(country.getSlug(),
							CountryNames.text(country, language, false).value()))
					.toList());
		menus.put(SECTOR, termOptions(sectors.findAllByOrderByCode(), language));
		menus.put(FIELD, termOptions(fields.findAllByOrderByCode(), language));
		menus.put(TYPE,
				Stream.of(OrganisationType.values())
					.map((type) -> new FilterOptions.Option(type.toParameter(), message(type.messageKey(), locale)))
					.toList());
		// the pages of an organisation and of a partnership link their requests: no menu
		// lists every one, only the one asked for, if it is there
		menus.put(ORGANISATION,
				TextParameter.find(requested.value(ORGANISATION), requests::findListedOrganisation)
					.map((o) -> new FilterOptions.Option(o.getSlug(), name(o, language).value()))
					.stream()
					.toList());
		menus.put(PARTNERSHIP,
				TextParameter.find(requested.value(PARTNERSHIP), requests::findListedPartnership)
					.map((p) -> new FilterOptions.Option(p.getAcronym().toLowerCase(Locale.ROOT), p.getAcronym()))
					.stream()
					.toList());
		menus.put(STATE, List.of(new FilterOptions.Option(CLOSED, message("cooperation.list.state.closed", locale))));
		return new FilterOptions(menus);
	}

	// ListFilter writes values in lower case; codes are upper case.
	private static List<FilterOptions.Option> termOptions(List<? extends TaxonomyTerm> terms, Language language) {
		return terms.stream()
			.map((term) -> new FilterOptions.Option(term.getCode().toLowerCase(Locale.ROOT),
					term.getCode() + " "
							+ term.getTranslations().text("name", term.getName(), language, false).value()))
			.toList();
	}

	private static PartnerRequestFilter query(ListFilter filter) {
		String sector = filter.value(SECTOR);
		String field = filter.value(FIELD);
		return new PartnerRequestFilter(PartnerRequestKind.fromParameter(filter.value(KIND)),
				PartnerRequestDirection.fromParameter(filter.value(DIRECTION)), filter.value(COUNTRY),
				(sector != null) ? sector.toUpperCase(Locale.ROOT) : null,
				(field != null) ? field.toUpperCase(Locale.ROOT) : null,
				OrganisationType.fromParameter(filter.value(TYPE)), filter.value(ORGANISATION),
				filter.value(PARTNERSHIP), CLOSED.equals(filter.value(STATE)));
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
