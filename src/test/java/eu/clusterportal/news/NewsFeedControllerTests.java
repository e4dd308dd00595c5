package eu.clusterportal.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Locale;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.WireFeedInput;
import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.content.NewsChannel;
import eu.clusterportal.content.NewsItem;
import eu.clusterportal.country.Country;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.xml.sax.InputSource;

@PortalIntegrationTest
@Transactional
class NewsFeedControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManager entityManager;

	@Test
	void offersAllNewsAndEachCountrysNewsAsValidAtomFeedsNewestFirst() throws Exception {
		Country china = country("china");
		Country japan = country("japan");
		entityManager.persist(new NewsItem(china, NewsChannel.COUNTRY, "Older China news", LocalDate.of(2026, 3, 1)));
		entityManager.persist(new NewsItem(china, NewsChannel.ESCP4I, "Newer ESCP-4i news", LocalDate.of(2026, 5, 1)));
		entityManager.persist(new NewsItem(japan, NewsChannel.COUNTRY, "Japan news", LocalDate.of(2026, 4, 1)));
		entityManager.flush();

		assertThat(feed("/news.atom").getEntries()).extracting(Entry::getTitle)
			.containsExactly("Newer ESCP-4i news", "Japan news", "Older China news");
		Feed chinaFeed = feed("/news.atom?country=china");
		assertThat(chinaFeed.getTitle()).isEqualTo("News about China");
		assertThat(chinaFeed.getAuthors()).extracting(SyndPerson::getName)
			.containsExactly("EU\u2013China Cluster Portal");
		assertThat(chinaFeed.getEntries()).extracting(Entry::getTitle)
			.containsExactly("Newer ESCP-4i news", "Older China news");
	}

	@Test
	void leavesDraftsOutOfBothFeeds() throws Exception {
		Country china = country("china");
		entityManager.persist(new NewsItem(china, NewsChannel.COUNTRY, "Published news", LocalDate.of(2026, 5, 1)));
		entityManager.persist(new NewsItem(china, NewsChannel.COUNTRY, "Draft news", LocalDate.of(2026, 5, 2)));
		entityManager.flush();
		entityManager.createQuery("update NewsItem n set n.status = 'DRAFT' where n.title = 'Draft news'")
			.executeUpdate();

		for (String url : new String[] { "/news.atom", "/news.atom?country=china" }) {
			assertThat(feed(url).getEntries()).extracting(Entry::getTitle)
				.as(url)
				.contains("Published news")
				.doesNotContain("Draft news");
		}
	}

	@Test
	void answersAnUnknownCountryWithNotFound() throws Exception {
		mvc.perform(get("/news.atom?country=narnia")).andExpect(status().isNotFound());
	}

	private Feed feed(String url) throws Exception {
		String xml = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return (Feed) new WireFeedInput(true, Locale.ROOT).build(new InputSource(new StringReader(xml)));
	}

	private Country country(String slug) {
		return entityManager.createQuery("select c from Country c where c.slug = :slug", Country.class)
			.setParameter("slug", slug)
			.getSingleResult();
	}

}
