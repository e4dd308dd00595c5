package eu.clusterportal.editorial;

import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * An editorial record whose texts can be translated: its translations are kept in its own
 * row's {@code translations} column and in its history.
 */
@MappedSuperclass
@Audited
public abstract class TranslatableRecord extends EditorialRecord implements Translatable {

	/** Its texts in other languages than English (see {@link Translations}). */
	@JdbcTypeCode(SqlTypes.JSON)
	private String translations = TranslationsJson.EMPTY;

	@Override
	public Translations getTranslations() {
		return TranslationsJson.read(translations);
	}

	@Override
	public void translate(Language language, Translation translation) {
		this.translations = TranslationsJson.write(getTranslations().with(language, translation));
	}

}
