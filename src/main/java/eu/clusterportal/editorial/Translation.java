package eu.clusterportal.editorial;

import java.util.Map;

/**
 * An item's texts in one language other than the original, by the name of the field they
 * translate ({@code "lead"}, {@code "body"}), with their own publication state: a draft
 * translation is seen in previews only, while the original text stays public.
 */
public record Translation(PublicationStatus status, Map<String, String> texts) {

	public Translation {
		status = (status != null) ? status : PublicationStatus.DRAFT;
		texts = (texts != null) ? Map.copyOf(texts) : Map.of();
	}

	public boolean isPublished() {
		return status == PublicationStatus.PUBLISHED;
	}

	/** The text of a field, or {@code null} when it has none (blank counts as none). */
	public String text(String field) {
		String text = texts.get(field);
		return (text == null || text.isBlank()) ? null : text;
	}

}
