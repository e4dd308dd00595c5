package eu.clusterportal.content;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The bytes of {@link DocumentFile}s, kept as pieces of at most {@link #CHUNK_SIZE} bytes
 * (V7): a file is written from a stream and read back as one, and neither ever holds more
 * than one piece in memory. Each piece is read by a statement of its own outside any
 * transaction, so a client that downloads slowly holds no pooled connection meanwhile. A
 * file never changes; when one is deleted during a download, the download breaks off.
 */
@Repository
public class DocumentFileContents {

	/** The size of the pieces written: a few round trips per megabyte, little heap. */
	static final int CHUNK_SIZE = 256 * 1024;

	private final JdbcClient jdbc;

	DocumentFileContents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the content of a file just saved, read to its end, piece by piece; call it
	 * in the transaction that saved the file.
	 */
	public void store(DocumentFile file, InputStream content) throws IOException {
		byte[] buffer = new byte[CHUNK_SIZE];
		long position = 0;
		int read;
		while ((read = content.readNBytes(buffer, 0, CHUNK_SIZE)) > 0) {
			this.jdbc.sql("insert into document_file_chunk (file_id, position, data) values (?, ?, ?)")
				.params(file.getId(), position, (read < CHUNK_SIZE) ? Arrays.copyOf(buffer, read) : buffer)
				.update();
			position += read;
		}
	}

	/**
	 * The content of a file as a resource of its known length, which reads the pieces
	 * only as its streams are read, and skips without reading (ranges of a download).
	 */
	public Resource resourceOf(DocumentFile file) {
		return new DocumentFileResource(file, (position) -> chunkAt(file.getId(), position));
	}

	/**
	 * The piece of the file that holds the byte at {@code position}: the last one that
	 * starts at or before it.
	 */
	Optional<FileChunk> chunkAt(long fileId, long position) {
		return this.jdbc.sql("""
				select position, data from document_file_chunk
				where file_id = ? and position <= ?
				order by position desc
				limit 1""")
			.params(fileId, position)
			.query((row, number) -> new FileChunk(row.getLong(1), row.getBytes(2)))
			.optional();
	}

}
