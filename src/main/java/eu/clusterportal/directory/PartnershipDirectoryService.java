package eu.clusterportal.directory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import eu.clusterportal.content.NewsItemRepository;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.country.CountrySummary;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LocalizedText;
import eu.clusterportal.editorial.PublicationStatus;
import eu.clusterportal.partnership.Partnership;
import eu.clusterportal.partnership.PartnershipRepository;
import eu.clusterportal.system.MarkdownRenderer;
import eu.clusterportal.taxonomy.SectorRepository;
import eu.clusterportal.taxonomy.TechnologyFieldRepository;
import eu.clusterportal.web.PublicPage;
import eu.clusterportal.web.TextParameter;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the partnership directory and partnership pages, each with a fixed number of SQL
 * statements.
 */
@Service
@Transactional(readOnly = true)
class PartnershipDirectoryService {

	private final PartnershipRepository partnerships;

	private final CountryRepository countries;

	private final SectorRepository sectors;

	private final TechnologyFieldRepository fields;

	private final NewsItemRepository news;

	private final MarkdownRenderer markdown;

	private final PartnershipCsvExport csvExport;

	PartnershipDirectoryService(PartnershipRepository partnerships, CountryRepository countries,
			SectorRepository sectors, TechnologyFieldRepository fields, NewsItemRepository news,
			MarkdownRenderer markdown, PartnershipCsvExport csvExport) {
		this.partnerships = partnerships;
		this.countries = countries;
		this.sectors = sectors;
		this.fields = fields;
		this.news = news;
		this.markdown = markdown;
		this.csvExport = csvExport;
	}

	PartnershipFilterOptions options() {
		Language language = Language.of(LocaleContextHolder.getLocale());
		return new PartnershipFilterOptions(CountrySummary.inLanguage(countries.findSummaries(), language),
				sectors.findAllByOrderByCode(), fields.findAllByOrderByCode());
	}

	/**
	 * One page of the matching partnerships; a page beyond the last gives the last. The
	 * page is found by a paged query, then its rows are loaded with their terms and
	 * targets in one more, as a paged fetch join would page in memory.
	 */
	Page<Partnership> page(PartnershipFilter filter, PartnershipSort sort, int pageIndex) {
		Page<Partnership> page = PublicPage.find(pageIndex, sort.toSort(),
				(pageable) -> partnerships.findFiltered(filter.country(), filter.sector(), filter.field(), pageable));
		if (page.isEmpty()) {
			return page;
		}
		List<Long> ids = page.map(Partnership::getId).getContent();
		return new PageImpl<>(partnerships.findByIdIn(ids, sort.toSort()), page.getPageable(), page.getTotalElements());
	}

	/**
	 * Writes every partnership the directory shows for a filter as CSV, in its order, not
	 * only one page; values that are not among the options are left out.
	 */
	void export(PartnershipFilter requested, PartnershipSort sort, Locale locale, Appendable out) {
		csvExport.write(options().known(requested), sort, locale, out);
	}

	Optional<PartnershipProfile> find(String acronym, Language language) {
		return TextParameter.find(acronym, partnerships::findByAcronym).map((p) -> {
			LocalizedText description = (p.getDescription() != null)
					? p.getTranslations().text("description", p.getDescription(), language, false) : null;
			return new PartnershipProfile(p,
					(description != null) ? new LocalizedText(markdown.toHtml(description.value()),
							description.language(), description.fallback()) : null,
					news.findByPartnershipAndStatusOrderByPublishedOnDescTitleAsc(p, PublicationStatus.PUBLISHED)
						.stream()
						.map((item) -> PartnershipProfile.News.of(item, language))
						.toList());
		});
	}

}
