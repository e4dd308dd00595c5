package eu.clusterportal.editorial;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Language} as its BCP 47 tag ({@code en}, {@code zh-Hans}). */
@Converter
public class LanguageTagConverter implements AttributeConverter<Language, String> {

	@Override
	public String convertToDatabaseColumn(Language language) {
		return (language != null) ? language.tag() : null;
	}

	@Override
	public Language convertToEntityAttribute(String tag) {
		return (tag != null)
				? Language.ofTag(tag).orElseThrow(() -> new IllegalStateException("Unknown language " + tag)) : null;
	}

}
