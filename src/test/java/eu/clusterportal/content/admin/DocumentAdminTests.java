package eu.clusterportal.content.admin;

import static eu.clusterportal.WebPages.editor;
import static org.assertj.core.api.Assertions.assertThat;
import static eu.clusterportal.WebPages.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Editors maintain documents and their PDFs through forms, and visitors download
 * published ones. These tests commit, as the revision history is written on commit, and
 * remove what they added afterwards (the demo documents stay).
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalIntegrationTest
class DocumentAdminTests {

	/** 1.2 MB, as the country page shows it. */
	static final int BRIEFING_SIZE = 1_258_291;

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DocumentUploads uploads;

	@Test
	void anUploadedPdfIsOfferedOnTheCountryPageAndDownloadedByteForByte() throws Exception {
		byte[] pdf = pdf(BRIEFING_SIZE);
		mvc.perform(create("Cluster briefing 2026", "PUBLISHED", file("Briefing über China.pdf", pdf)))
			.andExpect(redirectedUrl("/admin/documents"));

		Document china = pages.html(get("/countries/china"));
		var link = china.select("#documentation a[type=application/pdf]");
		assertThat(link.text()).isEqualTo("Download “Cluster briefing 2026” (PDF, 1.2 MB)");
		long id = idOf("Cluster briefing 2026");
		assertThat(link.attr("href")).isEqualTo("/documents/" + id + "/Briefing%20%C3%BCber%20China.pdf");
		assertThat(pages.html(get("/search").param("q", "cluster briefing 2026"))
			.select("#documents h3 a")
			.eachAttr("href")).containsExactly(link.attr("href"));

		MockHttpServletResponse download = mvc.perform(get(URI.create(link.attr("href"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
		assertThat(download.getContentType()).isEqualTo("application/pdf");
		assertThat(download.getHeader("Content-Length")).isEqualTo(String.valueOf(pdf.length));
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment; ")
			.contains("filename*=UTF-8''Briefing%20%C3%BCber%20China.pdf");
		assertThat(download.getHeader("Content-Security-Policy")).isEqualTo("sandbox");
		assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.getHeader("ETag")).isEqualTo("\"" + sha256(pdf) + "\"");
		assertThat(download.getHeader("Cache-Control")).isEqualTo("no-cache");
		mvc.perform(get(URI.create(link.attr("href"))).header("If-None-Match", download.getHeader("ETag")))
			.andExpect(status().isNotModified());
	}

	@Test
	void aFileThatIsNotAPdfIsRefusedNextToTheFieldAndTheOtherFieldsAreKept() throws Exception {
		byte[] text = "Minutes of the meeting, saved as text".getBytes(StandardCharsets.UTF_8);
		Document form = pages
			.html(create("Meeting minutes", "PUBLISHED", file("minutes.pdf", text)).param("summary", "Kept summary"));
		assertThat(form.select("#upload-errors").text()).isEqualTo("This file is not a PDF. Please choose a PDF file.");
		assertThat(form.select("#upload").attr("aria-describedby")).isEqualTo("upload-hint upload-errors");
		assertThat(form.select("#title").val()).isEqualTo("Meeting minutes");
		assertThat(form.select("#summary").text()).isEqualTo("Kept summary");
		assertThat(form.select("#kind option[selected]").val()).isEqualTo("STUDY");
		assertThat(count("document_file")).isZero();
		assertThat(documentsOnChinaPage()).doesNotContain("Meeting minutes");
	}

	@Test
	void aFileThatOnlyStartsLikeAPdfIsRefusedNextToTheField() throws Exception {
		byte[] html = "%PDF-1.7\n<html><body><script>alert(document.cookie)</script></body></html>\n"
			.getBytes(StandardCharsets.US_ASCII);
		Document form = pages.html(create("Disguised page", "PUBLISHED", file("report.pdf", html)));
		assertThat(form.select("#upload-errors").text()).isEqualTo(
				"This file could not be read as a PDF; it may be damaged. Please save it as PDF again and choose it.");
		assertThat(form.select("#title").val()).isEqualTo("Disguised page");
		assertThat(count("document_file")).isZero();
	}

	@Test
	void anUploadedFileIsKeptWhenOtherFieldsNeedCorrecting() throws Exception {
		byte[] pdf = pdf(2_000);
		Document form = pages.html(create("", "PUBLISHED", file("report.pdf", pdf)).param("published", "2019-02-31"));
		assertThat(form.select("#title-errors").text()).isEqualTo("Please enter a title.");
		assertThat(form.select("#published-errors").text())
			.isEqualTo("Please enter a real date as YYYY-MM-DD, or only the year as YYYY (1900 to 2100).");
		assertThat(form.select("#published").val()).isEqualTo("2019-02-31");
		assertThat(form.select("#upload-hint").text())
			.startsWith("The file “report.pdf” (2 KB) is attached. Choose another file to replace it.");
		String fileId = form.select("input[name=fileId]").val();
		assertThat(fileId).isNotBlank();

		mvc.perform(create("Annual report", "PUBLISHED", null).param("fileId", fileId).param("published", "2019"))
			.andExpect(redirectedUrl("/admin/documents"));
		long id = idOf("Annual report");
		assertThat(download(id, null).getContentAsByteArray()).isEqualTo(pdf);
		Document china = pages.html(get("/countries/china"));
		assertThat(china.select("#documentation li:contains(Annual report) time").attr("datetime")).isEqualTo("2019");
		assertThat(jdbc.sql("select published_year from document where id = ?").param(id).query(Integer.class).single())
			.isEqualTo(2019);
	}

	@Test
	void aDraftsFileIsOnlyForEditors() throws Exception {
		mvc.perform(create("Draft study", "DRAFT", file("study.pdf", pdf(900))))
			.andExpect(redirectedUrl("/admin/documents"));
		long id = idOf("Draft study");
		mvc.perform(get("/documents/{id}/study.pdf", id)).andExpect(status().isNotFound());
		MockHttpServletResponse forEditor = download(id, editor("eda@example.eu"));
		assertThat(forEditor.getHeader("Cache-Control")).isEqualTo("no-cache, private");

		assertThat(documentsOnChinaPage()).doesNotContain("Draft study");
		Document preview = pages.html(get("/countries/china?preview=true").with(editor("eda@example.eu")));
		var item = preview.select("#documentation li:contains(Draft study)");
		assertThat(item.select(".badge").text()).isEqualTo("Draft");
		assertThat(item.select("a[type=application/pdf]").text()).isEqualTo("Download “Draft study” (PDF, 1 KB)");
	}

	@Test
	void anEditorReplacesOrRemovesTheFileAndAnUnchangedFormKeepsIt() throws Exception {
		mvc.perform(create("Policy paper", "PUBLISHED", file("first.pdf", pdf(800))));
		long id = idOf("Policy paper");
		String fileId = pages.html(get("/admin/documents/{id}/edit", id).with(editor("eda@example.eu")))
			.select("input[name=fileId]")
			.val();

		mvc.perform(edit(id, 0, "Policy paper, revised", null).param("fileId", fileId))
			.andExpect(redirectedUrl("/admin/documents"));
		assertThat(fileNameOf(id)).isEqualTo("first.pdf");

		byte[] second = pdf(900);
		mvc.perform(edit(id, 1, "Policy paper, revised", file("second.pdf", second)).param("fileId", fileId));
		assertThat(fileNameOf(id)).isEqualTo("second.pdf");
		assertThat(download(id, null).getContentAsByteArray()).isEqualTo(second);

		mvc.perform(edit(id, 2, "Policy paper, revised", null).param("fileId", fileId).param("removeFile", "true"))
			.andExpect(redirectedUrl("/admin/documents"));
		assertThat(fileNameOf(id)).isNull();
		mvc.perform(get("/documents/{id}/second.pdf", id)).andExpect(status().isNotFound());
		assertThat(pages.html(get("/countries/china")).select("#documentation li:contains(Policy paper) a[type]"))
			.isEmpty();
	}

	@Test
	void restoringAnEarlierVersionBringsBackItsFile() throws Exception {
		byte[] first = pdf(700);
		mvc.perform(create("Market study", "PUBLISHED", file("market-2025.pdf", first)));
		long id = idOf("Market study");
		mvc.perform(edit(id, 0, "Market study 2026", file("market-2026.pdf", pdf(750))))
			.andExpect(redirectedUrl("/admin/documents"));

		Document history = pages.html(get("/admin/documents/{id}/history", id).with(editor("eda@example.eu")));
		assertThat(history.select("tbody td:nth-of-type(3)").eachText()).containsExactly("Market study 2026",
				"Market study");
		assertThat(history.select("tbody td:nth-of-type(4)").eachText()).containsExactly("market-2026.pdf",
				"market-2025.pdf");

		String restore = history.select("tbody tr:nth-child(2) form").attr("action");
		mvc.perform(post(restore).with(editor("eda@example.eu")).with(csrf()))
			.andExpect(redirectedUrl("/admin/documents/" + id + "/edit"));
		assertThat(documentsOnChinaPage()).contains("Market study");
		assertThat(download(id, null).getContentAsByteArray()).isEqualTo(first);
		assertThat(
				pages.html(get("/admin/documents/{id}/history", id).with(editor("eda@example.eu"))).select("tbody tr"))
			.hasSize(3);
	}

	@Test
	void theSecondOfTwoConcurrentEditsIsRefusedAndKeepsWhatItSent() throws Exception {
		mvc.perform(create("Original title", "PUBLISHED", null));
		long id = idOf("Original title");
		mvc.perform(edit(id, 0, "First editor's title", null, editor("first@example.eu")))
			.andExpect(redirectedUrl("/admin/documents"));

		Document refused = pages
			.html(edit(id, 0, "Second editor's title", file("second.pdf", pdf(1_000)), editor("second@example.eu")));
		assertThat(refused.select("[role=alert]").text()).contains("Someone else saved this item after you opened it");
		assertThat(refused.select("#title").val()).isEqualTo("Second editor's title");
		assertThat(refused.select("#upload-hint").text()).startsWith("The file “second.pdf” (1 KB) is attached.");
		// Stored once, although the refused form was bound twice.
		assertThat(fileNames()).containsExactly("second.pdf");
		assertThat(documentsOnChinaPage()).contains("First editor's title").doesNotContain("Second editor's title");
		assertThat(fileNameOf(id)).isNull();
	}

	@Test
	void deletingAsksFirstAndThenTheFileIsGoneForVisitors() throws Exception {
		mvc.perform(create("To be deleted", "PUBLISHED", file("old.pdf", pdf(700))));
		long id = idOf("To be deleted");
		Document confirm = pages.html(get("/admin/documents/{id}/delete", id).with(editor("eda@example.eu")));
		assertThat(confirm.select("main .lead").text()).startsWith("Really delete “To be deleted”?");
		mvc.perform(post("/admin/documents/{id}/delete", id).with(editor("eda@example.eu")).with(csrf()))
			.andExpect(redirectedUrl("/admin/documents"));
		assertThat(documentsOnChinaPage()).doesNotContain("To be deleted");
		mvc.perform(get("/documents/{id}/old.pdf", id)).andExpect(status().isNotFound());
	}

	@Test
	void aNewFileForAFormShownAgainRemovesTheFileItHadPendingAtOnce() throws Exception {
		Document first = pages.html(create("", "PUBLISHED", file("draft-1.pdf", pdf(900))));
		String pending = first.select("input[name=fileId]").val();

		Document second = pages.html(create("", "PUBLISHED", file("draft-2.pdf", pdf(950))).param("fileId", pending));
		assertThat(second.select("#upload-hint").text()).startsWith("The file “draft-2.pdf” (1 KB) is attached.");
		assertThat(fileNames()).containsExactly("draft-2.pdf");

		Document refused = pages
			.html(create("", "PUBLISHED", file("notes.pdf", "not a PDF".getBytes(StandardCharsets.UTF_8)))
				.param("fileId", second.select("input[name=fileId]").val()));
		assertThat(refused.select("#upload-hint").text()).startsWith("The file “draft-2.pdf” (1 KB) is attached.");
		assertThat(fileNames()).containsExactly("draft-2.pdf");
	}

	@Test
	void aNewFileOnAnEditFormKeepsTheFilesOfTheDocumentAndItsHistory() throws Exception {
		mvc.perform(create("Kept study", "PUBLISHED", file("kept-1.pdf", pdf(700))));
		long id = idOf("Kept study");
		mvc.perform(edit(id, 0, "Kept study", file("kept-2.pdf", pdf(750))))
			.andExpect(redirectedUrl("/admin/documents"));
		String current = pages.html(get("/admin/documents/{id}/edit", id).with(editor("eda@example.eu")))
			.select("input[name=fileId]")
			.val();

		pages.html(edit(id, 1, "", file("kept-3.pdf", pdf(800))).param("fileId", current));
		assertThat(fileNames()).containsExactly("kept-1.pdf", "kept-2.pdf", "kept-3.pdf");
	}

	@Test
	void uploadsNeverAttachedAreRemovedAfterAnHourButFilesOfDocumentsAndTheirHistoryStay() throws Exception {
		mvc.perform(create("Cleanup study", "PUBLISHED", file("earlier.pdf", pdf(800))));
		long id = idOf("Cleanup study");
		mvc.perform(edit(id, 0, "Cleanup study", file("current.pdf", pdf(850))))
			.andExpect(redirectedUrl("/admin/documents"));
		pages.html(create("", "PUBLISHED", file("abandoned.pdf", pdf(900))));
		jdbc.sql("update document_file set uploaded_at = uploaded_at - interval '61 minutes'").update();
		pages.html(create("", "PUBLISHED", file("recent.pdf", pdf(950))));
		assertThat(fileNames()).containsExactly("abandoned.pdf", "current.pdf", "earlier.pdf", "recent.pdf");

		uploads.removeAbandoned();
		assertThat(fileNames()).containsExactly("current.pdf", "earlier.pdf", "recent.pdf");
		assertThat(jdbc.sql("select count(distinct file_id) from document_file_chunk").query(Long.class).single())
			.isEqualTo(3);
	}

	@Test
	void theListSearchesTitlesShowsFilesAndNeedsSignIn() throws Exception {
		mvc.perform(create("Shenzhen study", "PUBLISHED", file("shenzhen.pdf", pdf(1_500))));
		mvc.perform(create("Beijing paper", "DRAFT", null));
		Document list = pages.html(get("/admin/documents?q=SHENZHEN").with(editor("eda@example.eu")));
		assertThat(list.select("tbody th").eachText()).containsExactly("Shenzhen study");
		assertThat(list.select("tbody td:nth-of-type(4)").text()).isEqualTo("shenzhen.pdf (2 KB)");
		assertThat(pages.html(get("/admin").with(editor("eda@example.eu"))).select("a[href='/admin/documents']"))
			.hasSize(1);
		mvc.perform(get("/admin/documents")).andExpect(redirectedUrl("/login"));
		mvc.perform(multipart("/admin/documents").with(csrf()).param("title", "Sneaky"))
			.andExpect(redirectedUrl("/login"));
	}

	private MockMultipartHttpServletRequestBuilder create(String title, String status, MockMultipartFile upload) {
		MockMultipartHttpServletRequestBuilder request = multipart("/admin/documents");
		if (upload != null) {
			request.file(upload);
		}
		request.with(editor("eda@example.eu"))
			.with(csrf())
			.param("country", "china")
			.param("kind", "STUDY")
			.param("title", title)
			.param("status", status);
		return request;
	}

	private MockMultipartHttpServletRequestBuilder edit(long id, long version, String title, MockMultipartFile upload) {
		return edit(id, version, title, upload, editor("eda@example.eu"));
	}

	private MockMultipartHttpServletRequestBuilder edit(long id, long version, String title, MockMultipartFile upload,
			RequestPostProcessor who) {
		MockMultipartHttpServletRequestBuilder request = multipart("/admin/documents/{id}/edit", id);
		if (upload != null) {
			request.file(upload);
		}
		request.with(who)
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("country", "china")
			.param("kind", "STUDY")
			.param("title", title)
			.param("status", "PUBLISHED");
		return request;
	}

	/** A file as a browser sends it, always claiming to be a PDF. */
	static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("upload", name, "application/pdf", content);
	}

	@Test
	void aDownloadSendsOneRangeOfTheFileAndResumesOnlyTheSameFile() throws Exception {
		byte[] pdf = pdf(600_000);
		mvc.perform(create("Ranged study", "PUBLISHED", file("ranged.pdf", pdf)))
			.andExpect(redirectedUrl("/admin/documents"));
		long id = idOf("Ranged study");
		String etag = "\"" + sha256(pdf) + "\"";
		assertThat(download(id, null).getHeader("Accept-Ranges")).isEqualTo("bytes");

		// Across the end of the first piece stored.
		MockHttpServletResponse part = range(id, "bytes=262000-262999", null).andExpect(status().isPartialContent())
			.andReturn()
			.getResponse();
		assertThat(part.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(pdf, 262_000, 263_000));
		assertThat(part.getHeader("Content-Range")).isEqualTo("bytes 262000-262999/600000");
		assertThat(part.getHeader("Content-Length")).isEqualTo("1000");
		assertThat(part.getHeader("Content-Disposition")).startsWith("attachment; ");
		assertThat(part.getHeader("Content-Security-Policy")).isEqualTo("sandbox");
		assertThat(part.getHeader("ETag")).isEqualTo(etag);
		assertThat(range(id, "bytes=-100", etag).andExpect(status().isPartialContent())
			.andReturn()
			.getResponse()
			.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(pdf, 599_900, 600_000));

		MockHttpServletResponse outside = range(id, "bytes=600000-", null)
			.andExpect(status().isRequestedRangeNotSatisfiable())
			.andReturn()
			.getResponse();
		assertThat(outside.getHeader("Content-Range")).isEqualTo("bytes */600000");
		assertThat(outside.getContentAsByteArray()).isEmpty();

		MockHttpServletResponse replaced = range(id, "bytes=0-99", "\"" + sha256(pdf(700)) + "\"")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(replaced.getContentAsByteArray()).isEqualTo(pdf);
		assertThat(replaced.getHeader("Content-Length")).isEqualTo("600000");
		assertThat(range(id, "bytes=zero-ten", null).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray()).isEqualTo(pdf);
	}

	@Test
	void aFileIsStoredInPiecesThatADownloadReadsOneAtATime() throws Exception {
		mvc.perform(create("Pieced study", "PUBLISHED", file("pieced.pdf", pdf(600_000))))
			.andExpect(redirectedUrl("/admin/documents"));
		assertThat(jdbc.sql("""
				select octet_length(c.data) from document_file_chunk c join document d using (file_id)
				where d.title = 'Pieced study' order by c.position""").query(Integer.class).list())
			.containsExactly(262_144, 262_144, 75_712);
	}

	@Test
	void aPdfThatUnpacksToFarMoreThanCanBeCheckedIsRefusedNextToTheFieldAndTheOtherFieldsAreKept() throws Exception {
		byte[] bomb = PdfBombs.objectStream(DataSize.ofMegabytes(128).toBytes());
		Document form = pages
			.html(create("Inflated report", "PUBLISHED", file("report.pdf", bomb)).param("summary", "Kept summary"));
		assertThat(form.select("#upload-errors").text()).isEqualTo(
				"This PDF unpacks to far more than its size, more than the portal can check. Please save it as PDF again (for example with “Print to PDF”) and choose it.");
		assertThat(form.select("#title").val()).isEqualTo("Inflated report");
		assertThat(form.select("#summary").text()).isEqualTo("Kept summary");
		assertThat(count("document_file")).isZero();
	}

	private ResultActions range(long id, String range, String ifRange) throws Exception {
		MockHttpServletRequestBuilder request = get("/documents/{id}/{name}", id, "any-name.pdf").header("Range",
				range);
		return mvc.perform((ifRange != null) ? request.header("If-Range", ifRange) : request);
	}

	/**
	 * A real one-page PDF of exactly the given size (at least about 600 bytes), made with
	 * PDFBox; the size comes from an unused stream with every byte value in it.
	 */
	static byte[] pdf(int size) {
		int padding = 0;
		byte[] pdf = pdfWithPadding(padding);
		for (int tries = 0; pdf.length != size && tries < 5; tries++) {
			padding = Math.max(0, padding + size - pdf.length);
			pdf = pdfWithPadding(padding);
		}
		assertThat(pdf).as("a PDF of %d bytes", size).hasSize(size);
		return pdf;
	}

	private static byte[] pdfWithPadding(int length) {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			byte[] bytes = new byte[length];
			for (int i = 0; i < length; i++) {
				bytes[i] = (byte) i;
			}
			COSStream padding = document.getDocument().createCOSStream();
			try (OutputStream out = padding.createRawOutputStream()) {
				out.write(bytes);
			}
			document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("Padding"), padding);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out, CompressParameters.NO_COMPRESSION);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private MockHttpServletResponse download(long id, RequestPostProcessor who) throws Exception {
		MockHttpServletRequestBuilder request = get("/documents/{id}/{name}", id, "any-name.pdf");
		return mvc.perform((who != null) ? request.with(who) : request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
	}

	private List<String> documentsOnChinaPage() throws Exception {
		return pages.html(get("/countries/china")).select("#documentation h3").eachText();
	}

	private long idOf(String title) {
		return jdbc.sql("select id from document where title = ?").param(title).query(Long.class).single();
	}

	private String fileNameOf(long id) {
		return jdbc
			.sql("select f.file_name from document d left join document_file f on f.id = d.file_id where d.id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private List<String> fileNames() {
		return jdbc.sql("select file_name from document_file order by file_name").query(String.class).list();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

}
