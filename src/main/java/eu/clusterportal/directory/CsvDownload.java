package eu.clusterportal.directory;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * A CSV export sent as a file to download, written to a writer that fails once the client
 * has gone: the servlet's own writer swallows that failure, so an export abandoned by its
 * client went on to its last row (5 s of CPU for the clusters at 100 times the demo
 * data).
 */
final class CsvDownload {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private CsvDownload() {
	}

	static void send(HttpServletResponse response, String filename, Export export) throws IOException {
		response.setContentType(CSV.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename).build().toString());
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		try {
			export.writeTo(out);
			out.flush();
		}
		catch (UncheckedIOException ex) {
			// as the server's own, so that it ends a client's abort quietly
			throw ex.getCause();
		}
	}

	/** Writes the CSV file. */
	@FunctionalInterface
	interface Export {

		void writeTo(Writer out) throws IOException;

	}

}
