package eu.clusterportal.content.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static eu.clusterportal.WebPages.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.PortalServerTest;
import eu.clusterportal.account.Account;
import eu.clusterportal.account.AccountRepository;
import eu.clusterportal.account.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A PDF above the limit (2 MB in the tests, see {@link PortalIntegrationTest}) is refused
 * with the limit in the message: next to the field when the server still receives it, on
 * a page of its own when it is even larger than the server reads (the multipart limit).
 * The real web server is needed for the latter, as only it enforces the multipart limit.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalServerTest
class DocumentUploadLimitTests {

	static final String PASSWORD = "correct horse battery staple";

	static final int LIMIT = 2 * 1024 * 1024;

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@BeforeEach
	void addEditor() {
		accounts.save(new Account("uma@example.eu", "Uma Uploader", passwordEncoder.encode(PASSWORD), Role.EDITOR));
	}

	@Test
	void aPdfJustAboveTheLimitIsRefusedNextToTheFieldAndTheOtherFieldsAreKept() throws Exception {
		Document form = Jsoup
			.parse(mvc
				.perform(multipart("/admin/documents")
					.file(DocumentAdminTests.file("large.pdf", DocumentAdminTests.pdf(LIMIT + 1)))
					.with(user("uma@example.eu").roles("EDITOR"))
					.with(csrf())
					.param("country", "china")
					.param("kind", "STUDY")
					.param("title", "Large study")
					.param("status", "DRAFT"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(form.select("#upload-errors").text())
			.isEqualTo("This file is larger than 2 MB, the most a PDF can have here. Please choose a smaller file.");
		assertThat(form.select("#upload-hint").text()).isEqualTo("PDF only, at most 2 MB.");
		assertThat(form.select("#title").val()).isEqualTo("Large study");
		assertThat(count("document_file")).isZero();
	}

	@Test
	void anUploadAboveTheMultipartLimitGetsAPageThatSaysTheLimitAndSavesNothing() throws Exception {
		long documents = count("document");
		signIn();
		byte[] pdf = DocumentAdminTests.pdf(2 * LIMIT);

		// As a browser sends the form: the CSRF token is a part of the body the server
		// refuses to read.
		String token = csrfTokenOf("/admin/documents/new");
		assertTooLargePage(postMultipart("", token, null, pdf));
		// With the token in a header the request gets further, up to Spring MVC's
		// multipart resolver.
		token = csrfTokenOf("/admin/documents/new");
		assertTooLargePage(postMultipart("", null, token, pdf));

		assertThat(count("document")).isEqualTo(documents);
		assertThat(count("document_file")).isZero();
	}

	@Test
	void anUploadAboveTheLimitInChineseGetsThePageInChinese() throws Exception {
		signIn();
		// Just above the request limit (2,200 KB): Tomcat reads the little that is left
		// rather than closing the connection while the client still sends, which can lose
		// the answer.
		HttpResponse<String> response = postMultipart("/zh", csrfTokenOf("/zh/admin/documents/new"), null,
				DocumentAdminTests.pdf(LIMIT + 300 * 1024));
		assertThat(response.statusCode()).isEqualTo(413);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("html").attr("lang")).isEqualTo("zh-Hans");
		assertThat(page.select("main a").eachAttr("href")).containsExactly("/zh/admin/documents");
	}

	private void assertTooLargePage(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(413);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("main h1").text()).isEqualTo("Too large to receive");
		assertThat(page.select("main .lead").text()).isEqualTo(
				"What you sent is larger than the portal accepts: a PDF can have at most 2 MB. Nothing was saved.");
		assertThat(page.select("main a").eachAttr("href")).containsExactly("/admin/documents");
	}

	private void signIn() throws Exception {
		String body = "email=" + URLEncoder.encode("uma@example.eu", StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrfTokenOf("/login"), StandardCharsets.UTF_8);
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Location")).hasValue("/admin");
	}

	private String csrfTokenOf(String path) throws Exception {
		HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri(path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		return Jsoup.parse(page.body()).select("input[name=_csrf]").first().val();
	}

	/**
	 * Posts the document form with a PDF, the CSRF token either as a form field or as a
	 * header, in the language of the prefix.
	 */
	private HttpResponse<String> postMultipart(String languagePrefix, String tokenField, String tokenHeader, byte[] pdf)
			throws Exception {
		String boundary = "portal-test-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (tokenField != null) {
			field(body, boundary, "_csrf", tokenField);
		}
		field(body, boundary, "title", "Far too large");
		field(body, boundary, "country", "china");
		field(body, boundary, "kind", "STUDY");
		field(body, boundary, "status", "DRAFT");
		body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"big.pdf\"\r\n"
						+ "Content-Type: application/pdf\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(pdf);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(languagePrefix + "/admin/documents"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		if (tokenHeader != null) {
			request.header("X-CSRF-TOKEN", tokenHeader);
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
		body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8));
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
