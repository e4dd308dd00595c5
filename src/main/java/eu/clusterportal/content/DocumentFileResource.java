package eu.clusterportal.content;

import java.io.InputStream;

import org.springframework.core.io.AbstractResource;

/**
 * A stored file as a {@link org.springframework.core.io.Resource}: its length is known
 * without reading it (Content-Length, ranges), and each stream reads its pieces as it
 * goes.
 */
final class DocumentFileResource extends AbstractResource {

	private final DocumentFile file;

	private final DocumentFileInputStream.Chunks chunks;

	DocumentFileResource(DocumentFile file, DocumentFileInputStream.Chunks chunks) {
		this.file = file;
		this.chunks = chunks;
	}

	@Override
	public InputStream getInputStream() {
		return new DocumentFileInputStream(this.file.getSize(), this.chunks);
	}

	@Override
	public long contentLength() {
		return this.file.getSize();
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public String getDescription() {
		return "document file " + this.file.getId();
	}

}
