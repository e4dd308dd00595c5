package eu.clusterportal.editorial;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

/**
 * The order in which a language sorts names, from CLDR's collation (ICU4J): Chinese names
 * in pinyin order (北京, 上海, 深圳), with names in Latin letters after them in alphabetical
 * order, as CLDR's Chinese order has it. For lists sorted in Java; lists sorted in SQL
 * use PostgreSQL's ICU collation of the same language ({@link #sqlCollation}).
 */
public final class NameOrder {

	private static final Map<Language, Collator> COLLATORS = new EnumMap<>(Language.class);

	static {
		for (Language language : Language.values()) {
			// A frozen collator is immutable and so safe to share between threads.
			COLLATORS.put(language, Collator.getInstance(ULocale.forLocale(language.locale())).freeze());
		}
	}

	private NameOrder() {
	}

	/** Names in the language's order; {@code null} last. */
	public static Comparator<String> of(Language language) {
		Collator collator = COLLATORS.get(language);
		return Comparator.nullsLast(collator::compare);
	}

	/**
	 * PostgreSQL's ICU collation of the language, quoted for SQL:
	 * {@code "zh-Hans-x-icu"}, pinyin order.
	 */
	public static String sqlCollation(Language language) {
		return '"' + language.tag() + "-x-icu\"";
	}

	/** Items by their names in the language's order. */
	public static <T> Comparator<T> by(Language language, Function<T, String> name) {
		return Comparator.comparing(name, of(language));
	}

}
