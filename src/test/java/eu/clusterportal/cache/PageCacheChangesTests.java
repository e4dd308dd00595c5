package eu.clusterportal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/**
 * A change clears the kept pages that may show it and no others; a page whose render
 * overlapped a change that concerns it is not kept; a page is served only on the day it
 * was rendered on.
 */
class PageCacheChangesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	static final PageKey CHINA = new PageKey("/countries/china", Locale.ENGLISH);

	static final PageKey JAPAN = new PageKey("/countries/japan", Locale.ENGLISH);

	static final PageKey CLUSTERS = new PageKey("/clusters", Locale.ENGLISH);

	/** China's page: its scope and a cluster of another country shown as a partner. */
	static final PageTags CHINA_TAGS = new PageTags(false, Set.of("in:Country#1", "Country#1", "Cluster#70"));

	static final PageTags JAPAN_TAGS = new PageTags(false, Set.of("in:Country#2", "Country#2", "Partnership#3"));

	/** A cluster in China, in a region of China. */
	static final ContentChange CHINA_CLUSTER = ContentChange.of(Set.of("Cluster#8", "in:Country#1", "Region#4"));

	PageCache pages = new PageCache(DataSize.ofMegabytes(1), Duration.ofSeconds(1));

	@BeforeEach
	void trust() {
		this.pages.trust();
	}

	@Test
	void aChangeInOneCountryClearsItsPageAndTheListsButNotAnotherCountrysPage() {
		keepAll();
		this.pages.changed(CHINA_CLUSTER);
		assertThat(this.pages.find(CHINA, TODAY)).isNull();
		assertThat(this.pages.find(CLUSTERS, TODAY)).isNull();
		assertThat(this.pages.find(JAPAN, TODAY)).isNotNull();
	}

	@Test
	void aChangeOfARowAPageShowsClearsItWhereverTheRowBelongs() {
		keepAll();
		this.pages.changed(ContentChange.of(Set.of("Cluster#70", "in:Country#9")));
		assertThat(this.pages.find(CHINA, TODAY)).isNull();
		assertThat(this.pages.find(JAPAN, TODAY)).isNotNull();
	}

	@Test
	void aChangeOfUnknownReachClearsEverything() {
		keepAll();
		this.pages.changed(ContentChange.EVERYTHING);
		assertThat(this.pages.find(CHINA, TODAY)).isNull();
		assertThat(this.pages.find(JAPAN, TODAY)).isNull();
		assertThat(this.pages.find(CLUSTERS, TODAY)).isNull();
	}

	@Test
	void aRenderThatOverlapsAChangeConcerningItIsNotKept() {
		long renderBegan = this.pages.generation();
		this.pages.changed(CHINA_CLUSTER);
		assertThat(this.pages.store(CHINA, page(renderBegan, CHINA_TAGS, TODAY))).isFalse();
		assertThat(this.pages.find(CHINA, TODAY)).isNull();
		assertThat(this.pages.store(CLUSTERS, page(renderBegan, PageTags.EVERY_CHANGE, TODAY))).isFalse();
		assertThat(this.pages.store(JAPAN, page(renderBegan, JAPAN_TAGS, TODAY))).isTrue();
		assertThat(this.pages.find(JAPAN, TODAY)).isNotNull();
	}

	@Test
	void aPageIsServedOnlyOnTheDayItWasRenderedOn() {
		keepAll();
		assertThat(this.pages.find(JAPAN, TODAY)).isNotNull();
		assertThat(this.pages.find(JAPAN, TODAY.plusDays(1))).isNull();
	}

	@Test
	void untrustedNothingIsKeptOrServed() {
		keepAll();
		this.pages.distrust();
		assertThat(this.pages.find(JAPAN, TODAY)).isNull();
		assertThat(this.pages.store(JAPAN, page(PageCache.UNTRUSTED, JAPAN_TAGS, TODAY))).isFalse();
	}

	@Test
	void otherInstancesReceiveTheTagsOrEverythingWhenTooMany() {
		String payload = CHINA_CLUSTER.toPayload("instance");
		assertThat(ContentChange.fromPayload(payload.substring("instance ".length()))).isEqualTo(CHINA_CLUSTER);
		assertThat(ContentChange.fromPayload(ContentChange.EVERYTHING.toPayload("instance").substring(9)))
			.isEqualTo(ContentChange.EVERYTHING);
		Set<String> many = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			many.add("Cluster#" + i);
		}
		assertThat(ContentChange.of(many).toPayload("instance")).isEqualTo("instance *");
	}

	private void keepAll() {
		long generation = this.pages.generation();
		assertThat(this.pages.store(CHINA, page(generation, CHINA_TAGS, TODAY))).isTrue();
		assertThat(this.pages.store(JAPAN, page(generation, JAPAN_TAGS, TODAY))).isTrue();
		assertThat(this.pages.store(CLUSTERS, page(generation, PageTags.EVERY_CHANGE, TODAY))).isTrue();
	}

	private static CachedPage page(long generation, PageTags tags, LocalDate day) {
		MockHttpServletResponse response = new MockHttpServletResponse();
		response.setContentType("text/html;charset=UTF-8");
		return CachedPage.of(response, "<p>page</p>".getBytes(StandardCharsets.UTF_8), Locale.ENGLISH, day, generation,
				tags);
	}

}
