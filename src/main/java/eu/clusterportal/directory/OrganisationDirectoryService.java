package eu.clusterportal.directory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import eu.clusterportal.cluster.RegionRepository;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LocalizedText;
import eu.clusterportal.editorial.NameOrder;
import eu.clusterportal.organisation.Organisation;
import eu.clusterportal.organisation.OrganisationRepository;
import eu.clusterportal.organisation.OrganisationType;
import eu.clusterportal.system.MarkdownRenderer;
import eu.clusterportal.taxonomy.SectorRepository;
import eu.clusterportal.taxonomy.TechnologyFieldRepository;
import eu.clusterportal.web.PublicPage;
import eu.clusterportal.web.TextParameter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
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
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	private final OrganisationRepository organisations;

	private final RegionRepository regions;

	private final SectorRepository sectors;

	private final TechnologyFieldRepository fields;

	private final MarkdownRenderer markdown;

	OrganisationDirectoryService(OrganisationRepository organisations, RegionRepository regions,
			SectorRepository sectors, TechnologyFieldRepository fields, MarkdownRenderer markdown) {
		this.organisations = organisations;
		this.regions = regions;
		this.sectors = sectors;
		this.fields = fields;
		this.markdown = markdown;
	}

	ClusterFilterOptions options(Language language) {
		return ClusterFilterOptions.of(language, organisations.findCountriesWithOrganisations(),
				regions.findAllByOrderByCountryNameAscPositionAsc(), sectors.findAllByOrderByCode(),
				fields.findAllByOrderByCode());
	}

	/**
	 * One page of the matching organisations in the page's order of names (pinyin on
	 * Chinese pages); a page beyond the last gives the last.
	 */
	Page<OrganisationRow> page(ClusterFilter filter, OrganisationType type, boolean help, OrganisationSort sort,
			int pageIndex, Language language) {
		Comparator<OrganisationRow> byName = NameOrder.by(language, (row) -> row.name().value());
		Comparator<OrganisationRow> order = (sort == OrganisationSort.TYPE)
				? Comparator.<OrganisationRow, OrganisationType>comparing((row) -> row.organisation().getType())
					.thenComparing(byName)
				: byName;
		List<OrganisationRow> rows = organisations
			.findFiltered(type, filter.country(), filter.region(), filter.sector(), filter.field(), help)
			.stream()
			.map((o) -> new OrganisationRow(o, o.getTranslations().text("name", o.getName(), language, false)))
			.sorted(order)
			.toList();
		return PublicPage.find(pageIndex, Sort.unsorted(), (pageable) -> {
			int from = (int) Math.min(pageable.getOffset(), rows.size());
			int to = Math.min(from + pageable.getPageSize(), rows.size());
			return new PageImpl<>(rows.subList(from, to), pageable, rows.size());
		});
	}

	Optional<OrganisationProfile> find(String slug, Language language) {
		return TextParameter.find(slug, organisations::findBySlug).map((o) -> {
			LocalizedText description = (o.getDescription() != null)
					? o.getTranslations().text("description", o.getDescription(), language, false) : null;
			return new OrganisationProfile(o, o.getTranslations().text("name", o.getName(), language, false),
					(description != null) ? new LocalizedText(markdown.toHtml(description.value()),
							description.language(), description.fallback()) : null);
		});
	}

}
