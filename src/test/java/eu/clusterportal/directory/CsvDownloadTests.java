package eu.clusterportal.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

class CsvDownloadTests {

	@Test
	void anExportStopsOnceItsClientHasGone() {
		AtomicInteger rows = new AtomicInteger();
		MockHttpServletResponse response = new MockHttpServletResponse() {

			@Override
			public ServletOutputStream getOutputStream() {
				return new GoneClient();
			}

		};

		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> CsvDownload.send(response, "clusters.csv", (out) -> {
				CsvWriter csv = CsvWriter.download(out, List.of("Name"));
				for (int i = 0; i < 100_000; i++) {
					csv.row(List.of("Cluster " + i));
					rows.incrementAndGet();
				}
			}))
			.withMessage("Connection reset by peer");
		assertThat(rows).as("rows written after the client had gone").hasValueLessThan(1_000);
		assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"clusters.csv\"");
	}

	/** A client that closed the connection: every write fails, as Tomcat's does then. */
	private static final class GoneClient extends ServletOutputStream {

		@Override
		public void write(int b) throws IOException {
			throw new IOException("Connection reset by peer");
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setWriteListener(WriteListener listener) {
		}

	}

}
