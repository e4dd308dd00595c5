package eu.clusterportal.alerts;

import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.TranslatedColumn;

/**
 * What a member can follow: each kind names its parameter in a follow link
 * ({@code /account/follows/new?country=china}), its column in {@code follow} and how its
 * public page is found and named.
 */
public enum FollowKind {

	COUNTRY("country", "country_id", "country", "slug", "/countries/"),

	SECTOR("sector", "sector_id", "sector", "code", "/sectors/"),

	TECHNOLOGY_FIELD("field", "technology_field_id", "technology_field", "code", "/technology-fields/"),

	ORGANISATION("organisation", "organisation_id", "organisation", "slug", "/organisations/"),

	PARTNERSHIP("partnership", "partnership_id", "partnership", "acronym", "/partnerships/");

	private final String parameter;

	private final String column;

	private final String table;

	private final String keyColumn;

	private final String pagePath;

	FollowKind(String parameter, String column, String table, String keyColumn, String pagePath) {
		this.parameter = parameter;
		this.column = column;
		this.table = table;
		this.keyColumn = keyColumn;
		this.pagePath = pagePath;
	}

	/** The parameter of a follow link that names a thing of this kind. */
	public String parameter() {
		return parameter;
	}

	/** The column of {@code follow} that refers to a thing of this kind. */
	String column() {
		return column;
	}

	/** The path of the public page of the thing with the given key. */
	String pagePath(String key) {
		return pagePath + key;
	}

	/**
	 * A statement that reads the things of this kind that have a public page as
	 * {@code target_id, key, name, in_language, iso_code}, named in the language where
	 * they are translated ({@code in_language}), else in the original; the terms' names
	 * start with their codes, as their pages do.
	 */
	String targets(Language language) {
		String name = switch (this) {
			case SECTOR, TECHNOLOGY_FIELD -> "t.code || ' ' || " + TranslatedColumn.sql("t", "name", "name", language);
			case PARTNERSHIP -> "t.acronym";
			default -> TranslatedColumn.sql("t", "name", "name", language);
		};
		// acronyms are everybody's; countries are named by CLDR in every language
		String inLanguage = (this == PARTNERSHIP || this == COUNTRY) ? "true"
				: TranslatedColumn.inLanguageSql("t", "name", "name", language);
		String isoCode = (this == COUNTRY) ? "t.iso_code" : "null";
		String published = (this == ORGANISATION) ? " where t.status = 'PUBLISHED'" : "";
		return "select t.id as target_id, t." + keyColumn + " as key, " + name + " as name, " + inLanguage
				+ " as in_language, " + isoCode + " as iso_code from " + table + " t" + published;
	}

}
