package eu.clusterportal.content;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings for documents' PDF files.
 *
 * @param maxSize the largest PDF editors may upload; {@code spring.servlet.multipart.*}
 * must allow a little more, so that a slightly larger file still reaches the form's own
 * check and its clear message
 * @param unattachedKept how long an upload that no document refers to is kept, for a form
 * that is still being corrected
 * @param checkMemory how much heap checking one upload may allocate; a PDF that needs
 * more (one that unpacks to far more than its size) is refused
 */
@ConfigurationProperties("portal.documents")
public record DocumentProperties(@DefaultValue("20MB") DataSize maxSize, @DefaultValue("1h") Duration unattachedKept,
		@DefaultValue("32MB") DataSize checkMemory) {

	/** The largest PDF editors may upload, as shown to them. */
	public FileSize maxFileSize() {
		return new FileSize(maxSize.toBytes());
	}

}
