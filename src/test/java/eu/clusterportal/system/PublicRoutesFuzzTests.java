package eu.clusterportal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.spy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.sql.DataSource;

import eu.clusterportal.ConnectionPool;
import eu.clusterportal.PortalIntegrationTest;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Every public GET route, with odd values in every parameter it reads (those it declares
 * and those it asks the request for, recorded from a plain request) and every path
 * variable, with odd cookies, and the error page reached directly or through odd paths:
 * never a server error, never a hang, an HTML page still in the layout, and every
 * database connection given back. The route list is checked against the application's own
 * mappings, so that a new route or parameter cannot be left out.
 */
@PortalIntegrationTest
class PublicRoutesFuzzTests {

	/**
	 * A route with a working value for each path variable and the parameters it reads.
	 */
	record Route(String pattern, Map<String, String> pathValues, List<String> parameters) {
	}

	static final List<String> DIRECTORY_FILTERS = List.of("country", "sector", "field", "sort");

	static final List<String> EVENT_PARAMETERS = List.of("country", "from", "to", "type", "audience", "when", "page");

	static final List<Route> ROUTES = List.of(route("/"), route("/countries"),
			route("/countries/{slug}", Map.of("slug", "china"), "sort", "clusters", "preview", "order"),
			route("/search", "q", "type", "page"), route("/sitemap.xml"), route("/robots.txt"),
			route("/sitemap-{part}.xml", Map.of("part", "1")),
			route("/clusters", "country", "region", "sector", "field", "sort", "page"),
			route("/clusters/{slug}", Map.of("slug", "wuxi-photovoltaic-cluster")),
			route("/clusters.csv", "country", "region", "sector", "field", "sort"),
			route("/sectors/{code}", Map.of("code", "C29")), route("/technology-fields/{code}", Map.of("code", "A61")),
			route("/partnerships", "country", "sector", "field", "sort", "page"),
			route("/partnerships/{acronym}", Map.of("acronym", "NF4")),
			route("/partnerships.csv", "country", "sector", "field", "sort"),
			route("/organisations", "type", "country", "region", "sector", "field", "help", "sort", "page"),
			route("/organisations/{slug}", Map.of("slug", "eu-sme-centre")),
			route("/organisations.csv", "type", "country", "region", "sector", "field", "help", "sort"),
			route("/cooperation", "kind", "direction", "country", "sector", "field", "type", "organisation",
					"partnership", "state", "sort", "page"),
			route("/cooperation/{id}", Map.of("id", "1")), route("/cooperation/feed", "country"),
			route("/events", EVENT_PARAMETERS.toArray(String[]::new)),
			route("/events.atom", EVENT_PARAMETERS.toArray(String[]::new)),
			route("/events.ics", EVENT_PARAMETERS.toArray(String[]::new)), route("/news.atom", "country"),
			route("/news", "country", "year", "channel", "q", "page"), route("/news/{id}", Map.of("id", "1")),
			route("/documents", "country", "type", "year", "q", "page"),
			route("/documents.atom", "country", "type", "year", "q"),
			route("/documents/{id}/{fileName}", Map.of("id", "1", "fileName", "study.pdf")),
			route("/login", "error", "locked", "signed-out", "unconfirmed"), route("/register"),
			route("/register/sent"), route("/register/confirm", "token"), route("/register/confirmed"),
			route("/register/resend"), route("/register/deleted"), route("/accessibility"), route("/privacy"),
			route("/cookies"), route("/legal-notice"), route("/language", "to", "page"), route("/unsubscribe", "token"),
			// members only: a visitor is sent to sign in
			route("/cooperation/{id}/interest", Map.of("id", "1")));

	static final List<String> ODD_VALUES = List.of("x".repeat(10_000),
			"\uD83D\uDE00\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08", "\u202Eevil\u202C \u0645\u0631\u062D\u0628\u0627",
			"e\u0301\u0301\u0301", "\u0130", "\u0000", "a\u0000b", "\u0001\u001F\u007F\u0085\r\n\t", "2147483647", "-1",
			"0", "9223372036854775808", "1e309", "+999999999-12-31", "-999999999-01-01", "0000-00-00", "NOT_A_VALUE",
			"name,desc,asc", "%00", "../../etc/passwd", "<script>alert(1)</script>", "' or '1'='1", "", " ");

	static final List<String> ODD_COOKIES = List.of("SESSION", "JSESSIONID", "XSRF-TOKEN", "remember-me");

	/** The odd values, and one that Base64 decodes to NUL bytes. */
	static final List<String> ODD_COOKIE_VALUES = Stream.concat(ODD_VALUES.stream(), Stream.of("AAAA")).toList();

	static final List<String> ODD_PATHS = List.of("/%00", "/countries/%C0%AF", "/countries/china;x=1",
			"/clusters/..%2F..%2Fetc%2Fpasswd", "/documents/1/%00.pdf", "/news/%FF", "/" + "a".repeat(6_000),
			"/sectors/%E2%80%AE", "/error/x");

	/**
	 * A sample of the odd values: for every parameter of every route in Chinese, as the
	 * routes and their reading of parameters are the English ones, and for the other
	 * spellings of a parameter.
	 */
	static final List<String> SAMPLE_ODD_VALUES = List.of("x".repeat(10_000), "\u0000", "<script>alert(1)</script>",
			"\u6c7d\u8f66", "");

	/** The sample, and the odd numbers and dates that a route's own parsing may meet. */
	static final List<String> SAMPLE_ODD_VALUES_AND_NUMBERS = Stream
		.concat(SAMPLE_ODD_VALUES.stream(),
				Stream.of("-1", "9223372036854775808", "1e309", "0000-00-00", "NOT_A_VALUE", "\u202Eevil\u202C"))
		.toList();

	/**
	 * The odd cookie values every page gets: too long, NUL bytes once decoded, markup.
	 */
	static final List<String> SAMPLE_ODD_COOKIE_VALUES = List.of("x".repeat(10_000), "AAAA",
			"<script>alert(1)</script>");

	/** Odd addresses around the language prefixes. */
	static final List<String> ODD_LANGUAGE_PATHS = List.of("/zh/%00", "/zh/countries/%C0%AF", "/zh//countries/china",
			"/zh/zh/", "/zh;x=1/countries/china", "/zh/css/portal.css", "/zh/favicon.ico", "/fr/", "/en/",
			"/zh%2Fcountries/china", "/ZH/countries/china", "/zh/error", "/zh/error/x", "/zh/..%2F..%2Fetc%2Fpasswd",
			"/zh/" + "a".repeat(6_000));

	static final Duration HANG_GUARD = Duration.ofSeconds(10);

	private static final Set<String> PARAMETER_READS = Set.of("getParameter", "getParameterValues");

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	// Spring's data binder also asks for other spellings of a parameter (page[], _page,
	// !page): their values go through the parameter's own conversion, so a sample of odd
	// values is enough for them. A parameter name that many routes read (page, country,
	// sector, q ...) gets every odd value on the first route that reads it and the sample
	// plus the odd numbers and dates on the others, so that each route's own handling is
	// still tried with what most often breaks it.
	@TestFactory
	Stream<DynamicTest> oddParameterValues() throws Exception {
		Set<String> triedInFull = new HashSet<>();
		return withParametersAskedFor(ROUTES).stream()
			.flatMap((route) -> route.parameters().stream().flatMap((parameter) -> {
				List<String> values = isOtherSpelling(parameter, route.parameters()) ? SAMPLE_ODD_VALUES
						: triedInFull.add(parameter) ? ODD_VALUES : SAMPLE_ODD_VALUES_AND_NUMBERS;
				return IntStream.range(0, values.size())
					.mapToObj((i) -> DynamicTest.dynamicTest(route.pattern() + "?" + parameter + "=#" + i,
							() -> check(get(uri(route, Map.of())).param(parameter, values.get(i)))));
			}))
			.toList()
			.stream();
	}

	@TestFactory
	Stream<DynamicTest> repeatedParameters() throws Exception {
		return withParametersAskedFor(ROUTES).stream()
			.flatMap((route) -> route.parameters()
				.stream()
				.map((parameter) -> DynamicTest.dynamicTest(route.pattern() + "?" + parameter + " twice",
						() -> check(get(uri(route, Map.of())).param(parameter, "2", "-1", "china", "C29")))));
	}

	@TestFactory
	Stream<DynamicTest> oddPathVariables() {
		return ROUTES.stream()
			.flatMap((route) -> route.pathValues()
				.keySet()
				.stream()
				.flatMap((variable) -> IntStream.range(0, ODD_VALUES.size())
					.filter((i) -> !ODD_VALUES.get(i).isEmpty())
					.mapToObj((i) -> DynamicTest.dynamicTest(route.pattern() + " {" + variable + "}=#" + i,
							() -> check(get(uri(route, Map.of(variable, ODD_VALUES.get(i)))))))));
	}

	// The cookies are read by the same filters on every page: every odd value on the
	// front page and the sign-in form (which keeps a CSRF token), a sample on the other
	// pages.
	@TestFactory
	Stream<DynamicTest> oddCookies() {
		return Stream.of("/", "/login", "/countries/china", "/clusters", "/news.atom")
			.flatMap((path) -> ODD_COOKIES.stream().flatMap((name) -> {
				List<String> values = (path.equals("/") || path.equals("/login")) ? ODD_COOKIE_VALUES
						: SAMPLE_ODD_COOKIE_VALUES;
				return IntStream.range(0, values.size())
					.filter((i) -> isCookieValue(values.get(i)))
					.mapToObj((i) -> DynamicTest.dynamicTest(path + " with cookie " + name + "=#" + i,
							() -> check(get(path).cookie(new Cookie(name, values.get(i))))));
			}));
	}

	@TestFactory
	Stream<DynamicTest> oddErrorRequests() {
		return IntStream.range(0, ODD_VALUES.size())
			.mapToObj((i) -> DynamicTest.dynamicTest("/error?status=#" + i,
					() -> check(get("/error").param("status", ODD_VALUES.get(i))
						.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
						.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, ODD_VALUES.get(i)))));
	}

	// Odd paths reach the error page through the real server, as a browser would.
	@TestFactory
	Stream<DynamicTest> oddPathsToTheErrorPage() {
		return ODD_PATHS.stream().map((path) -> DynamicTest.dynamicTest(path, () -> {
			HttpResponse<String> response = assertTimeoutPreemptively(HANG_GUARD,
					() -> HttpClient.newHttpClient()
						.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
								HttpResponse.BodyHandlers.ofString()));
			assertThat(response.statusCode()).as("status").isLessThan(500);
			ConnectionPool.assertIdle(dataSource);
		}));
	}

	@TestFactory
	Stream<DynamicTest> everyRouteInChinese() {
		return ROUTES.stream()
			.flatMap(
					(route) -> Stream.concat(Stream.of(DynamicTest.dynamicTest("/zh" + route.pattern(),
							() -> check(get(URI.create("/zh" + uri(route, Map.of()))).accept(MediaType.TEXT_HTML)))),
							route.parameters()
								.stream()
								.flatMap((parameter) -> IntStream.range(0, SAMPLE_ODD_VALUES.size())
									.mapToObj((i) -> DynamicTest.dynamicTest(
											"/zh" + route.pattern() + "?" + parameter + "=#" + i,
											() -> check(get(URI.create("/zh" + uri(route, Map.of()))).param(parameter,
													SAMPLE_ODD_VALUES.get(i))))))));
	}

	// On a page that costs little: the language is the filter's, whatever the page.
	@TestFactory
	Stream<DynamicTest> oddLanguageChoices() {
		return IntStream.range(0, ODD_VALUES.size())
			.boxed()
			.flatMap((i) -> Stream.of(
					DynamicTest.dynamicTest("?lang=#" + i,
							() -> check(get("/legal-notice").param("lang", ODD_VALUES.get(i)))),
					DynamicTest.dynamicTest("/zh?lang=#" + i,
							() -> check(get("/zh/legal-notice").param("lang", ODD_VALUES.get(i)))),
					DynamicTest.dynamicTest("Accept-Language #" + i,
							() -> check(get("/legal-notice").header("Accept-Language", ODD_VALUES.get(i)))),
					DynamicTest.dynamicTest("/language?page=#" + i,
							() -> check(get("/language").param("to", "zh-Hans").param("page", ODD_VALUES.get(i))))));
	}

	// Odd addresses around the language prefixes reach their pages through the real
	// server.
	@TestFactory
	Stream<DynamicTest> oddLanguagePaths() {
		return ODD_LANGUAGE_PATHS.stream().map((path) -> DynamicTest.dynamicTest(path, () -> {
			HttpResponse<String> response = assertTimeoutPreemptively(HANG_GUARD,
					() -> HttpClient.newHttpClient()
						.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
								HttpResponse.BodyHandlers.ofString()));
			assertThat(response.statusCode()).as("status").isLessThan(500);
			ConnectionPool.assertIdle(dataSource);
		}));
	}

	@Test
	void theParametersARouteReadsThroughTheRequestAreFuzzedToo() throws Exception {
		List<Route> china = withParametersAskedFor(List.of(route("/countries/{slug}", Map.of("slug", "china"))));
		assertThat(china.get(0).parameters()).contains("preview", "sort", "clusters");
	}

	@Test
	void everyPublicGetRouteAndEveryParameterItReadsIsFuzzed() {
		Map<String, Set<String>> mapped = new TreeMap<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			if (isGet(info)) {
				info.getPatternValues()
					.stream()
					.filter(PublicRoutesFuzzTests::isPublic)
					.forEach((pattern) -> mapped.computeIfAbsent(pattern, (p) -> new HashSet<>())
						.addAll(parametersRead(method)));
			}
		});
		Map<String, List<String>> fuzzed = ROUTES.stream().collect(Collectors.toMap(Route::pattern, Route::parameters));
		assertThat(fuzzed.keySet()).as("routes fuzzed").containsExactlyInAnyOrderElementsOf(mapped.keySet());
		mapped.forEach((pattern, parameters) -> assertThat(fuzzed.get(pattern)).as("parameters of " + pattern)
			.containsAll(parameters));
	}

	private void check(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = assertTimeoutPreemptively(HANG_GUARD,
				() -> mvc.perform(request).andReturn().getResponse());
		assertThat(response.getStatus()).as("status").isLessThan(500);
		String type = response.getContentType();
		if (response.getStatus() == 200 && type != null && type.startsWith("text/html")) {
			Document page = Jsoup.parse(response.getContentAsString());
			assertThat(page.select("header nav")).as("the layout's header").isNotEmpty();
			assertThat(page.select("main h1")).as("the page's heading").isNotEmpty();
		}
		ConnectionPool.assertIdle(dataSource);
	}

	// The parameters each route asks the request for when it answers a plain request,
	// also through HttpServletRequest, added to those it declares.
	private List<Route> withParametersAskedFor(List<Route> routes) throws Exception {
		List<Route> asked = new ArrayList<>();
		for (Route route : routes) {
			MockHttpServletRequest[] watched = new MockHttpServletRequest[1];
			mvc.perform(get(uri(route, Map.of())).with((request) -> {
				watched[0] = spy(request);
				return watched[0];
			}));
			Set<String> names = new TreeSet<>(route.parameters());
			mockingDetails(watched[0]).getInvocations()
				.stream()
				.filter((call) -> PARAMETER_READS.contains(call.getMethod().getName()))
				.map((call) -> (String) call.getArgument(0))
				.forEach(names::add);
			asked.add(new Route(route.pattern(), route.pathValues(), List.copyOf(names)));
		}
		return asked;
	}

	// page[], _page and !page beside page
	private static boolean isOtherSpelling(String parameter, List<String> parameters) {
		String name = parameter.endsWith("[]") ? parameter.substring(0, parameter.length() - 2)
				: (parameter.startsWith("_") || parameter.startsWith("!")) ? parameter.substring(1) : parameter;
		return !name.equals(parameter) && parameters.contains(name);
	}

	// A cookie value cannot hold control characters, spaces, commas or semicolons.
	private static boolean isCookieValue(String value) {
		return value.chars().allMatch((c) -> c > 0x20 && c < 0x7f && c != ',' && c != ';' && c != '"' && c != '\\');
	}

	private static URI uri(Route route, Map<String, String> oddPathValues) {
		Map<String, String> values = new java.util.HashMap<>(route.pathValues());
		values.putAll(oddPathValues);
		return UriComponentsBuilder.fromPath(route.pattern()).encode().buildAndExpand(values).toUri();
	}

	private static boolean isGet(RequestMappingInfo info) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		return methods.isEmpty() || methods.contains(RequestMethod.GET);
	}

	private static boolean isPublic(String pattern) {
		return Stream.of("/admin", "/account", "/actuator", "/error")
			.noneMatch((prefix) -> pattern.equals(prefix) || pattern.startsWith(prefix + "/"));
	}

	// The request parameters a handler takes: @RequestParam arguments and the components
	// of a record bound from the parameters, such as EventParameters.
	private static List<String> parametersRead(HandlerMethod method) {
		List<String> names = new ArrayList<>();
		for (MethodParameter parameter : method.getMethodParameters()) {
			RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
			if (requestParam != null) {
				String name = requestParam.name();
				names.add(name.isEmpty() ? parameter.getParameterName() : name);
			}
			else if (parameter.getParameterType().isRecord()) {
				Stream.of(parameter.getParameterType().getRecordComponents())
					.map(RecordComponent::getName)
					.forEach(names::add);
			}
		}
		return names;
	}

	private static Route route(String pattern, String... parameters) {
		return route(pattern, Map.of(), parameters);
	}

	private static Route route(String pattern, Map<String, String> pathValues, String... parameters) {
		return new Route(pattern, pathValues, List.of(parameters));
	}

}
