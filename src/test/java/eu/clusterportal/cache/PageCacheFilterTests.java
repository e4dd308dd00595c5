package eu.clusterportal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/**
 * Concurrent misses for one page render it once, also when a change overlaps the render;
 * a request after a change never waits for a render begun before it; a page that sets a
 * cookie is never kept.
 */
class PageCacheFilterTests {

	static final String PAGE = "<p>page</p>";

	PageCache pages = new PageCache(DataSize.ofMegabytes(1), Duration.ofSeconds(10));

	PageCacheFilter filter = new PageCacheFilter(this.pages, new FixedLocaleResolver(Locale.ENGLISH), Clock.systemUTC(),
			"SESSION", 1 << 20, 512, "max-age=0", true);

	AtomicInteger renders = new AtomicInteger();

	@BeforeEach
	void trust() {
		this.pages.trust();
	}

	@Test
	void concurrentMissesForOnePageRenderItOnce() throws Exception {
		eightVisitorsAtOnceGetThePage("/clusters", () -> {
		});
		assertThat(this.renders).hasValue(1);
	}

	@Test
	void aRenderThatAChangeOverlapsAnswersThoseWhoAskedBeforeItAndIsNotKept() throws Exception {
		eightVisitorsAtOnceGetThePage("/countries/china", () -> this.pages.changed(ContentChange.EVERYTHING));
		assertThat(this.renders).as("one render for all who asked before the change").hasValue(1);
		get("/countries/china", (request, response) -> render(response));
		assertThat(this.renders).as("not kept: rendered again after the change").hasValue(2);
	}

	/**
	 * Eight visitors ask for the page at once; its render waits until all have asked,
	 * then does {@code duringTheRender}.
	 */
	private void eightVisitorsAtOnceGetThePage(String path, Runnable duringTheRender) throws Exception {
		int visitors = 8;
		CountDownLatch asked = new CountDownLatch(visitors);
		FilterChain slowRender = (request, response) -> {
			awaitQuietly(asked);
			duringTheRender.run();
			render(response);
		};
		ExecutorService threads = Executors.newFixedThreadPool(visitors);
		try {
			List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
			for (int i = 0; i < visitors; i++) {
				answers.add(threads.submit(() -> {
					asked.countDown();
					return get(path, slowRender);
				}));
			}
			for (Future<MockHttpServletResponse> answer : answers) {
				assertThat(answer.get().getContentAsString()).isEqualTo(PAGE);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void aRequestAfterAChangeDoesNotWaitForARenderBegunBeforeIt() throws Exception {
		CountDownLatch rendering = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		FilterChain stuckRender = (request, response) -> {
			rendering.countDown();
			awaitQuietly(release);
			render(response);
		};
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<MockHttpServletResponse> before = threads.submit(() -> get("/clusters", stuckRender));
			rendering.await();
			this.pages.changed(ContentChange.EVERYTHING);
			Future<MockHttpServletResponse> after = threads
				.submit(() -> get("/clusters", (request, response) -> render(response)));
			assertThat(after.get(5, TimeUnit.SECONDS).getContentAsString()).isEqualTo(PAGE);
			release.countDown();
			assertThat(before.get().getContentAsString()).isEqualTo(PAGE);
		}
		finally {
			release.countDown();
			threads.shutdownNow();
		}
		assertThat(this.renders).hasValue(2);
	}

	@Test
	void aPageThatSetsACookieIsNeverKept() throws Exception {
		FilterChain withCookie = (request, response) -> {
			((HttpServletResponse) response).addCookie(new Cookie("consent", "yes"));
			render(response);
		};
		get("/legal-notice", withCookie);
		MockHttpServletResponse second = get("/legal-notice", withCookie);
		assertThat(second.getContentAsString()).isEqualTo(PAGE);
		assertThat(this.renders).as("rendered for each visitor").hasValue(2);

		FilterChain withoutCookie = (request, response) -> render(response);
		get("/privacy", withoutCookie);
		get("/privacy", withoutCookie);
		assertThat(this.renders).as("kept without a cookie").hasValue(3);
	}

	private MockHttpServletResponse get(String path, FilterChain chain) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(new MockHttpServletRequest("GET", path), response, chain);
		return response;
	}

	private void render(ServletResponse response) throws IOException {
		this.renders.incrementAndGet();
		response.setContentType("text/html;charset=UTF-8");
		response.getWriter().write(PAGE);
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
			// the others are asking now: give them the time to start waiting
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
