package eu.clusterportal.content;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads a stored file of known length piece by piece, holding at most one piece; a skip
 * only moves the position, so a range from the middle of a file reads no piece before it.
 */
final class DocumentFileInputStream extends InputStream {

	/** Finds the piece that holds a position of the file. */
	@FunctionalInterface
	interface Chunks {

		Optional<FileChunk> at(long position);

	}

	private final long length;

	private final Chunks chunks;

	private long position;

	private FileChunk current;

	DocumentFileInputStream(long length, Chunks chunks) {
		this.length = length;
		this.chunks = chunks;
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		return (read(one, 0, 1) < 0) ? -1 : (one[0] & 0xff);
	}

	@Override
	public int read(byte[] buffer, int offset, int count) throws IOException {
		if (count == 0) {
			return 0;
		}
		if (this.position >= this.length) {
			return -1;
		}
		if (this.current == null || !this.current.contains(this.position)) {
			long wanted = this.position;
			this.current = this.chunks.at(wanted)
				.filter((chunk) -> chunk.contains(wanted))
				.orElseThrow(() -> new IOException("The stored file ends before byte " + this.position + " of "
						+ this.length + "; it was deleted meanwhile"));
		}
		int start = (int) (this.position - this.current.position());
		int copied = (int) Math.min(count, Math.min(this.current.end(), this.length) - this.position);
		System.arraycopy(this.current.data(), start, buffer, offset, copied);
		this.position += copied;
		return copied;
	}

	@Override
	public long skip(long count) {
		long skipped = Math.max(0, Math.min(count, this.length - this.position));
		this.position += skipped;
		return skipped;
	}

	@Override
	public int available() {
		return (this.current != null && this.current.contains(this.position))
				? (int) (this.current.end() - this.position) : 0;
	}

	@Override
	public void close() {
		this.current = null;
	}

}
