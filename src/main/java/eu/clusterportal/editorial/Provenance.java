package eu.clusterportal.editorial;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Where something shown comes from: a source and, optionally, which part of it ("key
 * facts", "ESCP-4i table", "section 4.1") or how an editor got there.
 *
 * @param source never {@code null}
 * @param detail {@code null}, or the part of the source; required for
 * {@link Source#OTHER}
 */
@Embeddable
public record Provenance(@Enumerated(EnumType.STRING) @Column(name = "source") Source source,
		@Column(name = "source_detail") String detail) {

	public static final int DETAIL_MAX = 300;

	public Provenance {
		if (source == null) {
			throw new IllegalArgumentException("A provenance needs a source");
		}
		if (source.needsDetail() && detail == null) {
			throw new IllegalArgumentException(source + " needs a detail");
		}
	}

	/** A provenance, or {@code null} when no source is given. */
	public static Provenance ofNullable(Source source, String detail) {
		return (source != null) ? new Provenance(source, detail) : null;
	}

}
