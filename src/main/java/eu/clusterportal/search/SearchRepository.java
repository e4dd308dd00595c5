package eu.clusterportal.search;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.ibm.icu.util.ULocale;
import eu.clusterportal.country.SectionTopic;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LocalizedText;
import eu.clusterportal.editorial.Translation;
import eu.clusterportal.editorial.Translations;
import eu.clusterportal.editorial.TranslationsJson;
import eu.clusterportal.web.WebAddress;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;
import org.springframework.web.util.UriUtils;

/**
 * Full-text search over the portal's content in PostgreSQL: every searchable table has a
 * generated {@code search_vector} (migration V3_3) that {@code websearch_to_tsquery}
 * matches, so quotes, {@code or} and {@code -} work as people expect from a web search
 * and no input is a syntax error. On a Chinese page it also searches the Chinese vectors
 * ({@link ChineseIndex}, migration V11) and shows each hit's texts in Chinese where they
 * are translated.
 */
@Repository
class SearchRepository {

	/**
	 * The kinds of rows searched, each as the columns a hit needs: {@code id, title, key}
	 * (what its address is made of), {@code detail} (a cluster's city, an event's
	 * location, a partnership's name), {@code country, country_code, country_slug} (of
	 * the country it belongs to, or is) and {@code url}.
	 */
	private static final List<Kind> KINDS = List.of(
			new Kind(SearchType.COUNTRY, "c", "c.id, c.name, c.slug, null, null, c.iso_code, c.slug, null", "country c",
					null),
			new Kind(SearchType.SECTION, "s", "s.id, null, s.topic, null, c.name, c.iso_code, c.slug, null",
					"country_section s join country c on c.id = s.country_id", null),
			new Kind(SearchType.CLUSTER, "k", "k.id, k.name, k.slug, k.city, c.name, c.iso_code, c.slug, null",
					"cluster k join country c on c.id = k.country_id", null),
			new Kind(SearchType.PARTNERSHIP, "p", "p.id, p.acronym, p.acronym, p.name, null, null, null, null",
					"partnership p", null),
			new Kind(SearchType.ORGANISATION, "o", "o.id, o.name, o.slug, o.city, c.name, c.iso_code, c.slug, null",
					"organisation o join country c on c.id = o.country_id", "o.status = 'PUBLISHED'"),
			// an English page finds only requests written in English; a request's url
			// says whether it is closed
			new Kind(SearchType.REQUEST, "r",
					"r.id, coalesce(r.title_en, r.title_zh), null, o.name, c.name, c.iso_code, c.slug, "
							+ "case when r.closed_at is not null or r.deadline < :today then 'closed' end",
					"partner_request r join organisation o on o.id = r.organisation_id "
							+ "join country c on c.id = o.country_id",
					"r.status = 'PUBLISHED'"),
			new Kind(SearchType.NEWS, "n", "n.id, n.title, n.channel, null, c.name, c.iso_code, c.slug, n.url",
					"news_item n join country c on c.id = n.country_id", "n.status = 'PUBLISHED'"),
			new Kind(SearchType.EVENT, "e", "e.id, e.title, null, e.location, c.name, c.iso_code, c.slug, null",
					"event e join country c on c.id = e.country_id", "e.status = 'PUBLISHED'"),
			new Kind(SearchType.DOCUMENT, "d", "d.id, d.title, f.file_name, null, c.name, c.iso_code, c.slug, d.url",
					"document d join country c on c.id = d.country_id left join document_file f on f.id = d.file_id",
					"d.status = 'PUBLISHED'"),
			new Kind(SearchType.ACHIEVEMENT, "a", "a.id, a.title, null, null, c.name, c.iso_code, c.slug, a.url",
					"achievement a join country c on c.id = a.country_id", "a.status = 'PUBLISHED'"));

	private static final String COLUMNS = "type, id, title, key, detail, country, country_code, country_slug, url, rank";

	// One row per match of any kind, ranked within its kind.
	private static final String RANKED = """
			ranked as (
				select hits.*, row_number() over (partition by type order by rank desc, coalesce(title, key), id) as place,
					count(*) over (partition by type) as total, max(rank) over (partition by type) as best
				from hits
			)
			""";

	private static final String HITS = "with query as (select websearch_to_tsquery('english', :terms) as tsquery),\n"
			+ "hits (" + COLUMNS + ") as (\n"
			+ KINDS.stream()
				.map((kind) -> kind.select("ts_rank_cd(%1$s.search_vector, q.tsquery)",
						"%1$s.search_vector @@ q.tsquery"))
				.collect(Collectors.joining("\nunion all\n"))
			+ "\n),\n" + RANKED;

	/**
	 * On a Chinese page the Chinese vectors ({@link ChineseQuery}) are searched as well
	 * as the English ones, which find untranslated rows and Latin words; a Chinese match
	 * ranks above every English one.
	 */
	private static final String HITS_CHINESE = "with query as (select websearch_to_tsquery('english', :terms) as tsquery, "
			+ "cast(:chinese as tsquery) as chinese),\n" + "hits (" + COLUMNS + ", chinese) as (\n"
			+ KINDS.stream()
				.map((kind) -> kind.select(
						"case when %1$s.search_vector_zh @@ q.chinese then 1 + ts_rank_cd(%1$s.search_vector_zh, q.chinese, 32) "
								+ "else ts_rank_cd(%1$s.search_vector, q.tsquery, 32) end, "
								+ "coalesce(%1$s.search_vector_zh @@ q.chinese, false)",
						"(%1$s.search_vector @@ q.tsquery or %1$s.search_vector_zh @@ q.chinese)"))
				.collect(Collectors.joining("\nunion all\n"))
			+ "\n),\n" + RANKED;

	// The text a snippet quotes and ts_headline, which is slow, are read only for the
	// rows shown.
	private static final String SHOWN = """
			select ranked.*, ts_headline('english', translate(case type
					when 'COUNTRY' then (select introduction from country where id = ranked.id)
					when 'SECTION' then (select %s from country_section s where s.id = ranked.id)
					when 'CLUSTER' then (select %s from cluster k where k.id = ranked.id)
					when 'PARTNERSHIP' then (select description from partnership where id = ranked.id)
					when 'ORGANISATION' then (select %s from organisation o where o.id = ranked.id)
					when 'REQUEST' then (select description_en from partner_request where id = ranked.id)
					when 'NEWS' then (select summary from news_item where id = ranked.id)
					when 'EVENT' then (select summary from event where id = ranked.id)
					when 'DOCUMENT' then (select summary from document where id = ranked.id)
					when 'ACHIEVEMENT' then (select summary from achievement where id = ranked.id)
				end, :markers, ''), q.tsquery, :headline) as snippet""".formatted(
			plainText("concat_ws(E'\\n\\n', s.lead, s.body)"), plainText("k.description"), plainText("o.description"));

	// A partner request's member wrote its Chinese texts, read as a published
	// translation.
	private static final String REQUEST_TEXTS = "json_build_object('" + Language.SIMPLIFIED_CHINESE.tag()
			+ "', json_build_object('status', 'PUBLISHED', 'texts', json_strip_nulls("
			+ "json_build_object('title', title_zh, 'description', description_zh))))::jsonb";

	// A Chinese page shows the rows' texts as translated, and their country's name.
	private static final String TRANSLATIONS = ", case type "
			+ KINDS.stream()
				.map((kind) -> "when '" + kind.type() + "' then (select "
						+ ((kind.type() == SearchType.REQUEST) ? REQUEST_TEXTS : "translations") + " from "
						+ ChineseIndex.valueOf(kind.type().name()).table() + " where id = ranked.id)")
				.collect(Collectors.joining(" "))
			+ " end as translations, (select translations from country where slug = ranked.country_slug) as country_translations";

	private static final String HEADLINE_OPTIONS = "StartSel=" + Snippets.START + ", StopSel=" + Snippets.STOP
			+ ", MaxFragments=2, MaxWords=30, MinWords=12";

	private final JdbcClient jdbc;

	private final Clock clock;

	SearchRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Whether the terms hold any word to search for; punctuation and stop words alone do
	 * not. On a Chinese page any word does (Chinese has no stop words to drop).
	 */
	boolean hasWords(String terms, Language language) {
		if (language == Language.SIMPLIFIED_CHINESE && ChineseQuery.of(terms).hasWords()) {
			return true;
		}
		return jdbc.sql("select numnode(websearch_to_tsquery('english', :terms)) > 0")
			.param("terms", terms)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The groups with results, the group with the best result first (groups that rank
	 * alike in {@link SearchType} order), each with its total and its best results.
	 */
	List<SearchGroup> findGroups(String terms, Language language, int perGroup) {
		Search search = new Search(terms, language);
		List<Row> rows = search.statement(search.hits() + search.shown() + " where place <= :limit order by place")
			.param("markers", Snippets.START + Snippets.STOP)
			.param("headline", HEADLINE_OPTIONS)
			.param("limit", perGroup)
			.query(search::row)
			.list();
		Map<SearchType, List<Row>> byType = new EnumMap<>(SearchType.class);
		rows.forEach((row) -> byType.computeIfAbsent(row.hit().type(), (type) -> new ArrayList<>()).add(row));
		return byType.values()
			.stream()
			.sorted(Comparator.comparing((List<Row> group) -> group.get(0).best()).reversed())
			.map((group) -> new SearchGroup(group.get(0).hit().type(), group.get(0).total(),
					group.stream().map(Row::hit).toList()))
			.toList();
	}

	/**
	 * One page of the results of one kind, best first. A page number past the last page
	 * gives the last page.
	 * @param pageIndex the page, counted from 0
	 */
	Page<SearchHit> findPage(String terms, Language language, SearchType type, int pageIndex, int pageSize) {
		Search search = new Search(terms, language);
		long total = search.statement(search.hits() + "select count(*) from hits where type = :type")
			.param("type", type.name())
			.query(Long.class)
			.single();
		int lastIndex = (int) Math.max((total - 1) / pageSize, 0);
		PageRequest page = PageRequest.of(Math.min(pageIndex, lastIndex), pageSize);
		List<SearchHit> hits = search
			.statement(search.hits() + search.shown()
					+ " where type = :type and place > :offset order by place limit :size")
			.param("markers", Snippets.START + Snippets.STOP)
			.param("headline", HEADLINE_OPTIONS)
			.param("type", type.name())
			.param("offset", page.getOffset())
			.param("size", pageSize)
			.query(search::row)
			.list()
			.stream()
			.map(Row::hit)
			.toList();
		return new PageImpl<>(hits, page, total);
	}

	/** One search in one language. */
	private final class Search {

		private final String terms;

		private final Language language;

		private final ChineseQuery chinese;

		Search(String terms, Language language) {
			this.terms = terms;
			this.language = language;
			// another language would need vectors of its own
			this.chinese = (language == Language.SIMPLIFIED_CHINESE) ? ChineseQuery.of(terms) : null;
		}

		String hits() {
			return (chinese != null) ? HITS_CHINESE : HITS;
		}

		String shown() {
			return SHOWN + ((chinese != null) ? TRANSLATIONS : "") + "\nfrom ranked, query q\n";
		}

		StatementSpec statement(String sql) {
			StatementSpec statement = jdbc.sql(sql).param("terms", terms).param("today", LocalDate.now(clock));
			return (chinese != null) ? statement.param("chinese", chinese.tsquery(), Types.VARCHAR) : statement;
		}

		Row row(ResultSet rs, int rowNumber) throws SQLException {
			SearchType type = SearchType.valueOf(rs.getString("type"));
			String key = rs.getString("key");
			SectionTopic topic = (type == SearchType.SECTION) ? SectionTopic.valueOf(key) : null;
			String href = href(type, rs.getLong("id"), key, rs.getString("country_slug"), rs.getString("url"));
			String title = rs.getString("title");
			String detail = rs.getString("detail");
			String country = rs.getString("country");
			boolean closed = type == SearchType.REQUEST && rs.getString("url") != null;
			SearchHit hit;
			if (chinese == null) {
				hit = new SearchHit(type, (title != null) ? LocalizedText.original(title) : null, topic,
						context(LocalizedText.original(detail), LocalizedText.original(country)), href,
						Snippets.toHtml(rs.getString("snippet")), null, closed);
			}
			else {
				Translations translations = TranslationsJson.read(rs.getString("translations"));
				LocalizedText countryName = countryName(country, rs.getString("country_code"),
						TranslationsJson.read(rs.getString("country_translations")));
				String chineseSnippet = rs.getBoolean("chinese")
						? Snippets.chinese(chineseText(type, translations), chinese) : null;
				String englishSnippet = Snippets.toHtml(rs.getString("snippet"));
				LocalizedText name = (type == SearchType.COUNTRY)
						? countryName(title, rs.getString("country_code"), translations)
						: text(translations, titleField(type), title);
				hit = new SearchHit(type, name, topic,
						context(text(translations, detailField(type), detail), countryName), href,
						(chineseSnippet != null) ? chineseSnippet : englishSnippet,
						(chineseSnippet == null && englishSnippet != null) ? Language.ORIGINAL.tag() : null, closed);
			}
			return new Row(hit, rs.getLong("total"), rs.getDouble("best"));
		}

		private LocalizedText text(Translations translations, String field, String original) {
			if (original == null) {
				return null;
			}
			return (field != null) ? translations.text(field, original, language, false)
					: LocalizedText.original(original);
		}

		/**
		 * A country's name as its translation gives it, or else as CLDR does (中国, 德国), or
		 * else in English.
		 */
		private LocalizedText countryName(String name, String code, Translations translations) {
			LocalizedText translated = text(translations, "name", name);
			if (translated == null || !translated.fallback() || code == null) {
				return translated;
			}
			return new LocalizedText(new ULocale("", code).getDisplayCountry(ULocale.forLocale(language.locale())),
					language, false);
		}

		/** The published translation of the text an English snippet quotes, or null. */
		private String chineseText(SearchType type, Translations translations) {
			List<String> texts = translations.in(language)
				.filter(Translation::isPublished)
				.map((translation) -> snippetFields(type).stream()
					.map(translation::text)
					.filter(Objects::nonNull)
					.toList())
				.orElse(List.of());
			return texts.isEmpty() ? null : String.join("\n\n", texts);
		}

	}

	private static List<LocalizedText> context(LocalizedText... parts) {
		return Stream.of(parts).filter((part) -> part != null && part.value() != null).toList();
	}

	/** The translated field a hit's title shows, or null when it is not translated. */
	private static String titleField(SearchType type) {
		return switch (type) {
			case COUNTRY, CLUSTER, ORGANISATION -> "name";
			case NEWS, EVENT, DOCUMENT, ACHIEVEMENT, REQUEST -> "title";
			case SECTION, PARTNERSHIP -> null;
		};
	}

	/** The translated field of a hit's {@code detail}. */
	private static String detailField(SearchType type) {
		return switch (type) {
			case CLUSTER, ORGANISATION -> "city";
			case PARTNERSHIP -> "name";
			case EVENT -> "location";
			default -> null;
		};
	}

	/** The fields a snippet quotes, as the English search's {@code SHOWN}. */
	private static List<String> snippetFields(SearchType type) {
		return switch (type) {
			case COUNTRY -> List.of("introduction");
			case SECTION -> List.of("lead", "body");
			case CLUSTER, PARTNERSHIP, ORGANISATION, REQUEST -> List.of("description");
			case NEWS, EVENT, DOCUMENT, ACHIEVEMENT -> List.of("summary");
		};
	}

	// Editor-entered addresses are only followed when they are web addresses.
	private static String href(SearchType type, long id, String key, String countrySlug, String url) {
		String country = "/countries/" + countrySlug;
		return switch (type) {
			case COUNTRY -> country;
			case SECTION -> country + "#" + SectionTopic.valueOf(key).anchor();
			case CLUSTER -> "/clusters/" + key;
			case ORGANISATION -> "/organisations/" + key;
			case REQUEST -> "/cooperation/" + id;
			case PARTNERSHIP -> "/partnerships/" + UriUtils.encodePathSegment(key, StandardCharsets.UTF_8);
			case NEWS -> WebAddress.orElse(url, "/news/" + id);
			case EVENT -> country + "#events";
			// An uploaded PDF (its file name is the key) opens itself.
			case DOCUMENT ->
				(key != null) ? "/documents/" + id + "/" + UriUtils.encodePathSegment(key, StandardCharsets.UTF_8)
						: WebAddress.orElse(url, country + "#documentation");
			case ACHIEVEMENT -> WebAddress.orElse(url, country + "#achievements");
		};
	}

	/**
	 * SQL for the text of Markdown that a snippet quotes: link texts without their
	 * targets, no heading, list or emphasis marks.
	 */
	private static String plainText(String markdown) {
		return "regexp_replace(regexp_replace(" + markdown + ", '\\[([^]]*)\\]\\([^)]*\\)', '\\1', 'g'), "
				+ "'^\\s*(#+|>|[-*+])\\s+|[*_`]+', '', 'gn')";
	}

	private record Row(SearchHit hit, long total, double best) {
	}

	/**
	 * One kind of row the search finds, as the columns of a hit ({@link #KINDS}).
	 *
	 * @param alias the alias of its table in {@code from}
	 * @param condition what else a row must be to be found, e.g. published, or null
	 */
	private record Kind(SearchType type, String alias, String columns, String from, String condition) {

		/**
		 * Its part of the hits: {@code rank} and {@code match} name its table as
		 * {@code %1$s}.
		 */
		String select(String rank, String match) {
			return "select '" + type + "', " + columns + ", " + rank.formatted(alias) + " from " + from
					+ ", query q where " + match.formatted(alias) + ((condition != null) ? " and " + condition : "");
		}

	}

}
