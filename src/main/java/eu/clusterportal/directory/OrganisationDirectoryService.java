package eu.clusterportal.directory;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import eu.clusterportal.cluster.RegionRepository;
import eu.clusterportal.country.CountryNames;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LocalizedText;
import eu.clusterportal.editorial.NameOrder;
import eu.clusterportal.editorial.Provenance;
import eu.clusterportal.editorial.Translations;
import eu.clusterportal.organisation.Organisation;
import eu.clusterportal.organisation.OrganisationRepository;
import eu.clusterportal.organisation.OrganisationSpecifications;
import eu.clusterportal.organisation.OrganisationType;
import eu.clusterportal.system.MarkdownRenderer;
import eu.clusterportal.taxonomy.SectorRepository;
import eu.clusterportal.taxonomy.TechnologyFieldRepository;
import eu.clusterportal.web.PublicPage;
import eu.clusterportal.web.TextParameter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the organisation directory and organisation pages, each with a fixed number of
 * SQL statements.
 */
@Service
@Transactional(readOnly = true)
class OrganisationDirectoryService {

	/** The orders of the directory: by name, or by type and then name. */
	enum OrganisationSort {

		NAME, TYPE;

		static OrganisationSort fromParameter(String parameter) {
			return "type".equals(parameter) ? TYPE : NAME;
		}

		String toParameter() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** The messages of the CSV columns' headers, in order. */
	static final List<String> CSV_HEADER_KEYS = List.of("organisations.column.name", "organisations.column.type",
			"clusters.column.city", "clusters.column.region", "clusters.column.country", "organisation.website",
			"csv.sources");

	private final OrganisationRepository organisations;

	private final RegionRepository regions;

	private final SectorRepository sectors;

	private final TechnologyFieldRepository fields;

	private final MarkdownRenderer markdown;

	private final SourceNotes notes;

	private final MessageSource messages;

	OrganisationDirectoryService(OrganisationRepository organisations, RegionRepository regions,
			SectorRepository sectors, TechnologyFieldRepository fields, MarkdownRenderer markdown, SourceNotes notes,
			MessageSource messages) {
		this.organisations = organisations;
		this.regions = regions;
		this.sectors = sectors;
		this.fields = fields;
		this.markdown = markdown;
		this.notes = notes;
		this.messages = messages;
	}

	ClusterFilterOptions options(Language language) {
		return ClusterFilterOptions.of(language, organisations.findCountriesWithOrganisations(),
				regions.findAllByOrderByCountryNameAscPositionAsc(), sectors.findAllByOrderByCode(),
				fields.findAllByOrderByCode());
	}

	/**
	 * One page of the matching organisations in the page's order of names (pinyin on
	 * Chinese pages), ordered and paged in SQL; a page beyond the last gives the last.
	 */
	Page<OrganisationRow> page(ClusterFilter filter, OrganisationType type, boolean help, OrganisationSort sort,
			int pageIndex, Language language) {
		Specification<Organisation> listed = OrganisationSpecifications.listed(type, filter.country(), filter.region(),
				filter.sector(), filter.field(), help, language, sort == OrganisationSort.TYPE);
		return PublicPage.find(pageIndex, Sort.unsorted(), (pageable) -> organisations.findAll(listed, pageable))
			.map((o) -> new OrganisationRow(o, o.getTranslations().text("name", o.getName(), language, false)));
	}

	/**
	 * Writes every organisation the directory shows for a filter as CSV, in its order,
	 * not only one page, in the page's language; the last column says where type, place
	 * and website come from, as the organisation's page does.
	 */
	void export(ClusterFilter requested, OrganisationType type, boolean help, OrganisationSort sort, Language language,
			Writer out) throws IOException {
		CsvWriter csv = CsvWriter.download(out, CSV_HEADER_KEYS.stream().map(this::message).toList());
		for (OrganisationRow row : rows(options(language).known(requested), type, help, sort, language)) {
			Organisation o = row.organisation();
			Translations translations = o.getTranslations();
			csv.row(Arrays.asList(row.name().value(), message(o.getType().messageKey()),
					(o.getCity() != null) ? translations.text("city", o.getCity(), language, false).value() : null,
					(o.getRegion() != null) ? o.getRegion()
						.getTranslations()
						.text("name", o.getRegion().getName(), language, false)
						.value() : null,
					CountryNames.text(o.getCountry(), language, false).value(), o.getWebsite(),
					SourceNotes.cell("\n",
							note("csv.source.type", true, o.getTypeSource(), "typeSource", translations, language),
							note("csv.source.location", true, o.getPlaceSource(), "placeSource", translations,
									language),
							note("csv.source.website", o.getWebsite() != null, o.getWebsiteSource(), "websiteSource",
									translations, language))));
		}
		csv.flush();
	}

	private String note(String partKey, boolean given, Provenance provenance, String attribute,
			Translations translations, Language language) {
		if (provenance == null) {
			return notes.note(partKey, given, null, null);
		}
		String detail = (provenance.detail() != null)
				? translations.text(attribute + ".detail", provenance.detail(), language, false).value() : null;
		return notes.note(partKey, given, provenance.source().name(), detail);
	}

	private String message(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	private List<OrganisationRow> rows(ClusterFilter filter, OrganisationType type, boolean help, OrganisationSort sort,
			Language language) {
		Comparator<OrganisationRow> byName = NameOrder.by(language, (row) -> row.name().value());
		Comparator<OrganisationRow> order = (sort == OrganisationSort.TYPE)
				? Comparator.<OrganisationRow, OrganisationType>comparing((row) -> row.organisation().getType())
					.thenComparing(byName)
				: byName;
		return organisations
			.findFiltered(type, filter.country(), filter.region(), filter.sector(), filter.field(), help)
			.stream()
			.map((o) -> new OrganisationRow(o, o.getTranslations().text("name", o.getName(), language, false)))
			.sorted(order)
			.toList();
	}

	Optional<OrganisationProfile> find(String slug, Language language) {
		return TextParameter.find(slug, organisations::findPublishedBySlug).map((o) -> {
			LocalizedText description = (o.getDescription() != null)
					? o.getTranslations().text("description", o.getDescription(), language, false) : null;
			return new OrganisationProfile(o, o.getTranslations().text("name", o.getName(), language, false),
					(description != null) ? new LocalizedText(markdown.toHtml(description.value()),
							description.language(), description.fallback()) : null);
		});
	}

}
