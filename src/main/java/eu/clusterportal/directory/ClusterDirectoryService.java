package eu.clusterportal.directory;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.cluster.ClusterRepository;
import eu.clusterportal.cluster.ClusterSpecifications;
import eu.clusterportal.cluster.RegionRepository;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LocalizedText;
import eu.clusterportal.partnership.Partnership;
import eu.clusterportal.system.MarkdownRenderer;
import eu.clusterportal.taxonomy.Sector;
import eu.clusterportal.taxonomy.TechnologyField;
import eu.clusterportal.web.PublicPage;
import eu.clusterportal.web.TextParameter;
import jakarta.persistence.EntityManager;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the cluster directory, its CSV export and the cluster pages, each in one
 * read-only transaction and a fixed number of statements, whatever the number of rows.
 */
@Service
@Transactional(readOnly = true)
public class ClusterDirectoryService {

	/** How many clusters a page of the directory shows. */
	private final ClusterRepository clusters;

	private final RegionRepository regions;

	private final EntityManager entityManager;

	private final MarkdownRenderer markdown;

	private final ClusterCsvExport csvExport;

	private final MessageSource messages;

	ClusterDirectoryService(ClusterRepository clusters, RegionRepository regions, EntityManager entityManager,
			MarkdownRenderer markdown, ClusterCsvExport csvExport, MessageSource messages) {
		this.messages = messages;
		this.clusters = clusters;
		this.regions = regions;
		this.entityManager = entityManager;
		this.markdown = markdown;
		this.csvExport = csvExport;
	}

	/**
	 * One page of the directory.
	 * @param requested the filter the URL asks for; values that are not among the options
	 * are left out, and reported in the result
	 * @param pageIndex the page, counted from 0; a page after the last gives the last one
	 */
	public ClusterSearch search(ClusterFilter requested, ClusterSort sort, int pageIndex, Language language) {
		ClusterFilterOptions options = options(language);
		ClusterFilter filter = options.known(requested);
		Specification<Cluster> specification = filter.toSpecification();
		Sort order = sort.toSort();
		// Names of other languages sort in SQL by the translated name, which no entity
		// property holds, and countries in the order of their names in the filter's menu
		// (CLDR's, which no column holds).
		if (!language.isOriginal() && sort.key() == ClusterSort.Key.NAME) {
			specification = specification
				.and(ClusterSpecifications.orderedByName(language, sort.direction().isAscending()));
			order = Sort.unsorted();
		}
		else if (!language.isOriginal() && sort.key() == ClusterSort.Key.COUNTRY) {
			specification = specification.and(ClusterSpecifications.orderedByCountry(countryOrder(options), language,
					sort.direction().isAscending()));
			order = Sort.unsorted();
		}
		Specification<Cluster> matching = specification;
		Page<Cluster> page = PublicPage.find(pageIndex, order, (pageable) -> clusters.findAll(matching, pageable));
		return new ClusterSearch(options, filter, options.unknown(requested), withTerms(page));
	}

	/**
	 * Writes every cluster the directory shows for a filter as CSV, in its order, not
	 * only one page.
	 */
	void export(ClusterFilter requested, ClusterSort sort, Language language, Writer out) throws IOException {
		CsvWriter csv = CsvWriter.download(out,
				ClusterCsvExport.HEADER_KEYS.stream()
					.map((key) -> messages.getMessage(key, null, LocaleContextHolder.getLocale()))
					.toList());
		ClusterFilterOptions options = options(language);
		csvExport.write(options.known(requested), sort, language, countryOrder(options), csv);
		csv.flush();
	}

	/**
	 * A cluster with its description as HTML and the partnerships it is a member of, by
	 * acronym.
	 */
	public Optional<ClusterProfile> find(String slug, Language language) {
		return TextParameter.find(slug, clusters::findBySlug)
			.map((cluster) -> new ClusterProfile(cluster,
					cluster.getTranslations().text("name", cluster.getName(), language, false),
					html(cluster.getTranslations().text("description", cluster.getDescription(), language, false)),
					entityManager
						.createQuery(
								"select p from Partnership p join p.members m where m = :cluster order by p.acronym",
								Partnership.class)
						.setParameter("cluster", cluster)
						.getResultList()));
	}

	private LocalizedText html(LocalizedText markdownText) {
		return new LocalizedText(markdown.toHtml(markdownText.value()), markdownText.language(),
				markdownText.fallback());
	}

	// The countries' slugs in the order of the filter's menu: by their names in the
	// page's language.
	private static List<String> countryOrder(ClusterFilterOptions options) {
		return options.countries().stream().map(ClusterFilterOptions.Option::value).toList();
	}

	ClusterFilterOptions options(Language language) {
		return ClusterFilterOptions.of(language, clusters.findCountriesWithClusters(),
				regions.findAllByOrderByCountryNameAscPositionAsc(),
				entityManager
					.createQuery("select s from Sector s left join fetch s.parent order by s.code", Sector.class)
					.getResultList(),
				entityManager
					.createQuery("select t from TechnologyField t left join fetch t.parent order by t.code",
							TechnologyField.class)
					.getResultList());
	}

	/**
	 * The page with its clusters' sectors and technology fields loaded, in one more
	 * statement.
	 */
	private Page<Cluster> withTerms(Page<Cluster> page) {
		if (page.isEmpty()) {
			return page;
		}
		Map<Long, Cluster> loaded = clusters.findWithTermsByIdIn(page.map(Cluster::getId).getContent())
			.stream()
			.collect(Collectors.toMap(Cluster::getId, Function.identity()));
		return new PageImpl<>(page.getContent().stream().map((c) -> loaded.get(c.getId())).toList(), page.getPageable(),
				page.getTotalElements());
	}

}
