package eu.clusterportal.editorial;

/**
 * A text column as a query in some language reads it: in SQL, the published translation
 * from the row's {@code translations} JSON (see {@link Translations}), or else the
 * original column. For queries that write rows as they come, such as CSV exports, where
 * reading the JSON in Java for every row would not pay.
 */
public final class TranslatedColumn {

	private TranslatedColumn() {
	}

	/**
	 * The SQL expression of a text in {@code language}.
	 * @param alias the alias of the row's table ({@code k})
	 * @param column the original's column ({@code name})
	 * @param field the field as translations name it ({@code name},
	 * {@code locationSource.detail})
	 */
	public static String sql(String alias, String column, String field, Language language) {
		String original = alias + "." + column;
		if (language.isOriginal()) {
			return original;
		}
		// Tags and field names are constants of the code, never input, so they can be
		// part of the statement.
		String translation = alias + ".translations -> '" + language.tag() + "'";
		return "case when " + translation + " ->> 'status' = 'PUBLISHED' then coalesce(nullif(btrim(" + translation
				+ " -> 'texts' ->> '" + field + "'), ''), " + original + ") else " + original + " end";
	}

	/**
	 * The SQL condition that the text reads in {@code language} itself ({@link #sql}):
	 * false where it falls back to the original, whose language a page marks.
	 */
	public static String inLanguageSql(String alias, String column, String field, Language language) {
		if (language.isOriginal()) {
			return "true";
		}
		return "(" + sql(alias, column, field, language) + ") is distinct from " + alias + "." + column;
	}

}
