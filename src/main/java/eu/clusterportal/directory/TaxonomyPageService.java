package eu.clusterportal.directory;

import java.util.List;
import java.util.Optional;

import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.cluster.ClusterRepository;
import eu.clusterportal.cluster.ClusterSpecifications;
import eu.clusterportal.country.CountryNames;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.directory.TaxonomyPage.TermLink;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LocalizedText;
import eu.clusterportal.partnership.PartnershipRepository;
import eu.clusterportal.taxonomy.SectorRepository;
import eu.clusterportal.taxonomy.TaxonomyTerm;
import eu.clusterportal.taxonomy.TechnologyFieldRepository;
import eu.clusterportal.web.PublicPage;
import eu.clusterportal.web.TextParameter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/** Loads the page of a sector or technology field, one query per block. */
@Service
@Transactional(readOnly = true)
class TaxonomyPageService {

	static final String SECTORS_PATH = "/sectors";

	static final String FIELDS_PATH = "/technology-fields";

	// A term's page shows the first page of its clusters and partnerships and links to
	// the directories for the rest.
	private static final PageRequest FIRST_PAGE = PageRequest.of(0, PublicPage.SIZE);

	private final SectorRepository sectors;

	private final TechnologyFieldRepository fields;

	private final ClusterRepository clusters;

	private final PartnershipRepository partnerships;

	private final CountryRepository countries;

	TaxonomyPageService(SectorRepository sectors, TechnologyFieldRepository fields, ClusterRepository clusters,
			PartnershipRepository partnerships, CountryRepository countries) {
		this.sectors = sectors;
		this.fields = fields;
		this.clusters = clusters;
		this.partnerships = partnerships;
		this.countries = countries;
	}

	Optional<TaxonomyPage> findSector(String code, Language language) {
		return TextParameter.find(code, sectors::findByCode)
			.map((sector) -> new TaxonomyPage("sector", sector, name(sector, language),
					link(sector.getParent(), SECTORS_PATH),
					links(sectors.findByParentOrderByCode(sector), SECTORS_PATH),
					clusters(ClusterFilter.of(null, null, code, null), language),
					partnerships.findFiltered(null, code, null,
							FIRST_PAGE.withSort(PartnershipSort.BY_ACRONYM.toSort())),
					CountryNames.sorted(countries.findConcerningSector(code), language),
					directoryHref("/clusters", "sector", code), directoryHref("/partnerships", "sector", code)));
	}

	Optional<TaxonomyPage> findTechnologyField(String code, Language language) {
		return TextParameter.find(code, fields::findByCode)
			.map((field) -> new TaxonomyPage("technology-field", field, name(field, language),
					link(field.getParent(), FIELDS_PATH), links(fields.findByParentOrderByCode(field), FIELDS_PATH),
					clusters(ClusterFilter.of(null, null, null, code), language),
					partnerships.findFiltered(null, null, code,
							FIRST_PAGE.withSort(PartnershipSort.BY_ACRONYM.toSort())),
					CountryNames.sorted(countries.findConcerningTechnologyField(code), language),
					directoryHref("/clusters", "field", code), directoryHref("/partnerships", "field", code)));
	}

	private static LocalizedText name(TaxonomyTerm term, Language language) {
		return term.getTranslations().text("name", term.getName(), language, false);
	}

	// The first clusters of the term, in the directory's order.
	private Page<Cluster> clusters(ClusterFilter filter, Language language) {
		if (language.isOriginal()) {
			return clusters.findAll(filter.toSpecification(), FIRST_PAGE.withSort(ClusterSort.DEFAULT.toSort()));
		}
		return clusters.findAll(filter.toSpecification().and(ClusterSpecifications.orderedByName(language, true)),
				FIRST_PAGE);
	}

	private static String directoryHref(String path, String parameter, String code) {
		return UriComponentsBuilder.fromPath(path).queryParam(parameter, code).build().encode().toUriString();
	}

	/** The link to a term's page under the given path, or {@code null} for no term. */
	static TermLink link(TaxonomyTerm term, String path) {
		if (term == null) {
			return null;
		}
		String href = UriComponentsBuilder.fromPath(path).pathSegment(term.getCode()).build().toUriString();
		return new TermLink(term.getCode(), term, href);
	}

	private static List<TermLink> links(List<? extends TaxonomyTerm> terms, String path) {
		return terms.stream().map((t) -> link(t, path)).toList();
	}

}
