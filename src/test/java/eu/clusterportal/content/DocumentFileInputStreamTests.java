package eu.clusterportal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * A stored file is read one piece at a time, only as far as it is read: a range from the
 * middle of a large file reads no piece before it.
 */
class DocumentFileInputStreamTests {

	/** 25 bytes in pieces of 10, 10 and 5; records which pieces were read. */
	private final List<Long> piecesRead = new ArrayList<>();

	private final DocumentFileInputStream.Chunks pieces = (position) -> {
		long start = position - position % 10;
		if (start >= 25) {
			return Optional.empty();
		}
		this.piecesRead.add(start);
		byte[] data = new byte[(int) Math.min(10, 25 - start)];
		for (int i = 0; i < data.length; i++) {
			data[i] = (byte) (start + i);
		}
		return Optional.of(new FileChunk(start, data));
	};

	@Test
	void theWholeFileIsReadInOrderOnePieceAtATime() throws IOException {
		try (InputStream in = new DocumentFileInputStream(25, this.pieces)) {
			byte[] first = in.readNBytes(3);
			assertThat(first).containsExactly(0, 1, 2);
			assertThat(this.piecesRead).containsExactly(0L);
			byte[] rest = in.readAllBytes();
			assertThat(rest).hasSize(22).startsWith(3, 4).endsWith(23, 24);
			assertThat(this.piecesRead).containsExactly(0L, 10L, 20L);
			assertThat(in.read()).isEqualTo(-1);
		}
	}

	@Test
	void skippingToARangeReadsNoPieceBeforeIt() throws IOException {
		try (InputStream in = new DocumentFileInputStream(25, this.pieces)) {
			assertThat(in.skip(21)).isEqualTo(21);
			assertThat(this.piecesRead).isEmpty();
			assertThat(in.readNBytes(2)).containsExactly(21, 22);
			assertThat(this.piecesRead).containsExactly(20L);
			assertThat(in.skip(100)).isEqualTo(2);
		}
	}

	@Test
	void aFileDeletedDuringTheDownloadBreaksItOff() throws IOException {
		try (InputStream in = new DocumentFileInputStream(40, this.pieces)) {
			in.skipNBytes(25);
			assertThatIOException().isThrownBy(in::read).withMessageContaining("deleted");
		}
	}

}
