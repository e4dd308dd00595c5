package eu.clusterportal.profile;

import static eu.clusterportal.WebPages.editor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.Year;
import java.util.function.BiFunction;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import eu.clusterportal.content.Achievement;
import eu.clusterportal.content.AchievementDetails;
import eu.clusterportal.content.ContentItem;
import eu.clusterportal.content.DocumentDetails;
import eu.clusterportal.content.DocumentKind;
import eu.clusterportal.content.Event;
import eu.clusterportal.content.EventAudience;
import eu.clusterportal.content.EventDetails;
import eu.clusterportal.content.EventKind;
import eu.clusterportal.content.NewsChannel;
import eu.clusterportal.content.NewsDetails;
import eu.clusterportal.content.NewsItem;
import eu.clusterportal.content.PublicationDate;
import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.PublicationStatus;
import jakarta.persistence.EntityManager;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each content block of the country page filters drafts on its own: a draft shows only in
 * an editor's preview, a published item to everyone.
 */
@PortalIntegrationTest
@Transactional
class CountryPageDraftsTests {

	@Autowired
	WebPages pages;

	@Autowired
	EntityManager entityManager;

	@ParameterizedTest
	@EnumSource
	void aDraftShowsOnlyInTheEditorsPreview(Block block) throws Exception {
		save(block, "A draft in " + block.id, PublicationStatus.DRAFT);

		assertThat(titles(block, get("/countries/china"))).doesNotContain("A draft in " + block.id);
		assertThat(titles(block, get("/countries/china?preview=true"))).doesNotContain("A draft in " + block.id);
		assertThat(titles(block, get("/countries/china").with(editor("eda@example.eu"))))
			.doesNotContain("A draft in " + block.id);
		Document preview = pages.html(get("/countries/china?preview=true").with(editor("eda@example.eu")));
		assertThat(preview.select("#" + block.id + " li:has(h3:contains(A draft in " + block.id + ")) .badge").text())
			.isEqualTo("Draft");
	}

	@ParameterizedTest
	@EnumSource
	void aPublishedItemShowsToEveryone(Block block) throws Exception {
		save(block, "A published item in " + block.id, PublicationStatus.PUBLISHED);

		assertThat(titles(block, get("/countries/china"))).contains("A published item in " + block.id);
	}

	private void save(Block block, String title, PublicationStatus status) {
		Country china = entityManager.createQuery("select c from Country c where c.slug = 'china'", Country.class)
			.getSingleResult();
		entityManager.persist(block.item.apply(new Item(china, title), status));
		entityManager.flush();
		entityManager.clear();
	}

	private Iterable<String> titles(Block block, RequestBuilder request) throws Exception {
		return pages.html(request).select("#" + block.id + " h3").eachText();
	}

	private record Item(Country country, String title) {
	}

	// Each item comes first in its block: the newest, the next or the first in order.
	enum Block {

		DOCUMENTS("documentation",
				(item, status) -> new eu.clusterportal.content.Document(
						new DocumentDetails(item.country(), DocumentKind.BRIEFING, item.title(),
								PublicationDate.of(null, Year.of(2024)), null, null, null, status))),

		NEWS("news",
				(item, status) -> new NewsItem(new NewsDetails(item.country(), NewsChannel.COUNTRY, null, item.title(),
						LocalDate.now().plusYears(1), null, null, status))),

		EVENTS("events",
				(item, status) -> new Event(new EventDetails(item.country(), item.title(), EventKind.WORKSHOP,
						EventAudience.EVERYONE, LocalDate.now(), null, null, null, null, status))),

		ACHIEVEMENTS("achievements",
				(item, status) -> new Achievement(new AchievementDetails(item.country(), item.title(), Year.of(2100),
						null, null, null, status, null))),

		ESCP4I_NEWS("escp4i-news", (item, status) -> new NewsItem(new NewsDetails(item.country(), NewsChannel.ESCP4I,
				null, item.title(), LocalDate.now().plusYears(1), null, null, status)));

		private final String id;

		private final BiFunction<Item, PublicationStatus, ContentItem> item;

		Block(String id, BiFunction<Item, PublicationStatus, ContentItem> item) {
			this.id = id;
			this.item = item;
		}

	}

}
