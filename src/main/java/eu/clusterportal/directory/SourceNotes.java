package eu.clusterportal.directory;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

import eu.clusterportal.editorial.Source;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The source notes of the pages (fragments/provenance.html) for a CSV cell, each named by
 * what it qualifies: "Sectors: editorial classification, of the briefing's description".
 */
@Component
class SourceNotes {

	private final MessageSource messages;

	SourceNotes(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The note on one part of a row, or {@code null} when that part is not given.
	 * @param partKey the message naming the part, e.g. {@code csv.source.sectors}
	 * @param given whether the row has what the source qualifies
	 * @param source a {@link Source}'s name, {@code null} when not recorded
	 * @param detail the provenance's detail, or {@code null}
	 */
	String note(String partKey, boolean given, String source, String detail) {
		if (!given) {
			return null;
		}
		String where;
		if (source == null) {
			where = message("csv.source.not-recorded");
		}
		else {
			String name = message("provenance.source." + Source.valueOf(source));
			where = (detail != null) ? message("csv.source.with-detail", name, detail) : name;
		}
		return message("csv.source.part", message(partKey), where);
	}

	/** The notes given, one cell, in order. */
	static String cell(String separator, String... notes) {
		return Arrays.stream(notes).filter(Objects::nonNull).collect(Collectors.joining(separator));
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
