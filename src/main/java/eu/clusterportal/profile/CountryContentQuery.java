package eu.clusterportal.profile;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import eu.clusterportal.content.DocumentKind;
import eu.clusterportal.content.FileSize;
import eu.clusterportal.content.PublicationDate;
import eu.clusterportal.cooperation.PartnerRequestDirection;
import eu.clusterportal.cooperation.PartnerRequestKind;
import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LocalizedProvenance;
import eu.clusterportal.editorial.LocalizedText;
import eu.clusterportal.editorial.NameOrder;
import eu.clusterportal.editorial.Provenance;
import eu.clusterportal.editorial.PublicationStatus;
import eu.clusterportal.editorial.Source;
import eu.clusterportal.editorial.Translations;
import eu.clusterportal.editorial.TranslationsJson;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.hibernate.query.NativeQuery;
import org.springframework.stereotype.Component;

/**
 * Reads the content blocks of a country page in one statement: the first rows of each
 * block in the block's order, as the entity repositories would sort them, the first
 * organisations that help European clusters there, ordered by name in the page's
 * language, and the open partner requests targeting it, soonest deadline first.
 */
@Component
class CountryContentQuery {

	/** How many news items, events and ESCP-4i news a block shows. */
	static final int LATEST = 5;

	/** How many documents, achievements and support bodies a block shows. */
	static final int LISTED = 10;

	private static final String SQL = """
			(select 'DOCUMENT' as block, row_number() over (order by d.kind, d.title) as position,
			        d.id, d.title, d.summary, d.status, d.url, d.kind, d.published_on as day, null::date as end_day,
			        d.published_year as year, null::integer as end_year, null as location, null as online_url,
			        f.file_name, f.size_bytes as file_size, null as source, null as source_detail,
			        d.translations::text as translations, null as slug
			 from document d left join document_file f on f.id = d.file_id
			 where d.country_id = :country and d.status in (:statuses)
			 order by d.kind, d.title limit :listed)
			union all
			(select 'NEWS_' || n.channel, row_number() over (order by n.published_on desc, n.title), n.id, n.title,
			        n.summary, n.status, n.url, null, n.published_on, null, null, null, null, null, null, null, null, null,
			        n.translations::text, null
			 from news_item n
			 where n.country_id = :country and n.channel = 'COUNTRY' and n.status in (:statuses)
			 order by n.published_on desc, n.title limit :latest)
			union all
			(select 'NEWS_' || n.channel, row_number() over (order by n.published_on desc, n.title), n.id, n.title,
			        n.summary, n.status, n.url, null, n.published_on, null, null, null, null, null, null, null, null, null,
			        n.translations::text, null
			 from news_item n
			 where n.country_id = :country and n.channel = 'ESCP4I' and n.status in (:statuses)
			 order by n.published_on desc, n.title limit :latest)
			union all
			(select 'EVENT', row_number() over (order by e.starts_on, e.title), e.id, e.title, e.summary, e.status,
			        null, null, e.starts_on, e.ends_on, null, null, e.location, e.online_url, null, null, null, null,
			        e.translations::text, null
			 from event e
			 where e.country_id = :country and coalesce(e.ends_on, e.starts_on) >= :today and e.status in (:statuses)
			 order by e.starts_on, e.title limit :latest)
			union all
			(select 'ACHIEVEMENT', row_number() over (order by a.start_year desc, a.title), a.id, a.title, a.summary,
			        a.status, a.url, null, null, null, a.start_year, a.end_year, null, null, null, null, a.source,
			        a.source_detail, a.translations::text, null
			 from achievement a
			 where a.country_id = :country and a.status in (:statuses)
			 order by a.start_year desc, a.title limit :listed)
			union all
			(select 'SUPPORT_BODY', row_number() over (order by o.name, o.id), o.id, o.name, null, 'PUBLISHED', null,
			        null, null, null, null, null, null, null, null, null, null, null, o.translations::text, o.slug
			 from organisation o
			 where o.country_id = :country and o.offers_help and o.status = 'PUBLISHED'
			 order by o.name, o.id limit :listed)
			union all
			(select 'REQUEST', row_number() over (order by r.deadline, r.id), r.id, r.title_en, r.title_zh,
			        'PUBLISHED', null, r.kind, r.deadline, null, null, null, r.direction, null, null, null, null, null,
			        null, null
			 from partner_request r
			 where exists (select 1 from partner_request_country t
			               where t.partner_request_id = r.id and t.country_id = :country)
			   and r.status = 'PUBLISHED' and r.closed_at is null and r.deadline >= :today
			 order by r.deadline, r.id limit :latest)
			order by block, position""";

	private final EntityManager entityManager;

	CountryContentQuery(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * @param drafts whether to show draft translations too
	 */
	CountryContent find(Country country, LocalDate today, Collection<PublicationStatus> statuses, Language language,
			boolean drafts) {
		List<Tuple> rows = query().setParameter("country", country.getId())
			.setParameter("statuses", statuses.stream().map(Enum::name).toList())
			.setParameter("today", today)
			.setParameter("latest", LATEST)
			.setParameter("listed", LISTED)
			.getResultList();
		List<CountryContent.DocumentEntry> documents = new ArrayList<>();
		List<CountryContent.NewsEntry> news = new ArrayList<>();
		List<CountryContent.EventEntry> events = new ArrayList<>();
		List<CountryContent.AchievementEntry> achievements = new ArrayList<>();
		List<CountryContent.NewsEntry> escp4iNews = new ArrayList<>();
		List<CountryContent.SupportBodyEntry> supportBodies = new ArrayList<>();
		List<CountryContent.RequestEntry> requests = new ArrayList<>();
		for (Tuple row : rows) {
			Texts texts = new Texts(row, language, drafts);
			switch (row.get("block", String.class)) {
				case "DOCUMENT" -> documents.add(document(row, texts));
				case "NEWS_COUNTRY" -> news.add(news(row, texts));
				case "NEWS_ESCP4I" -> escp4iNews.add(news(row, texts));
				case "EVENT" ->
					events.add(new CountryContent.EventEntry(texts.get("title"), texts.get("summary"), status(row),
							day(row, "day"), day(row, "end_day"), texts.get("location"), text(row, "online_url")));
				case "ACHIEVEMENT" -> achievements.add(new CountryContent.AchievementEntry(texts.get("title"),
						texts.get("summary"), status(row), year(row, "year"), year(row, "end_year"), text(row, "url"),
						LocalizedProvenance.of(Provenance.ofNullable(source(row), text(row, "source_detail")),
								texts.translations, "source", language, drafts)));
				case "SUPPORT_BODY" -> supportBodies.add(new CountryContent.SupportBodyEntry(text(row, "slug"),
						texts.translations.text("name", text(row, "title"), language, drafts)));
				case "REQUEST" -> requests.add(request(row, language));
				default -> throw new IllegalStateException("Unknown block " + row.get("block"));
			}
		}
		supportBodies.sort(NameOrder.by(language, (body) -> body.name().value()));
		return new CountryContent(documents, news, events, achievements, escp4iNews, supportBodies, requests);
	}

	@SuppressWarnings("unchecked")
	private NativeQuery<Tuple> query() {
		return entityManager.createNativeQuery(SQL, Tuple.class)
			.unwrap(NativeQuery.class)
			.addScalar("block", String.class)
			.addScalar("id", Long.class)
			.addScalar("title", String.class)
			.addScalar("summary", String.class)
			.addScalar("status", String.class)
			.addScalar("url", String.class)
			.addScalar("kind", String.class)
			.addScalar("day", LocalDate.class)
			.addScalar("end_day", LocalDate.class)
			.addScalar("year", Integer.class)
			.addScalar("end_year", Integer.class)
			.addScalar("location", String.class)
			.addScalar("online_url", String.class)
			.addScalar("file_name", String.class)
			.addScalar("file_size", Long.class)
			.addScalar("source", String.class)
			.addScalar("source_detail", String.class)
			.addScalar("translations", String.class)
			.addScalar("slug", String.class);
	}

	private static CountryContent.DocumentEntry document(Tuple row, Texts texts) {
		String fileName = text(row, "file_name");
		CountryContent.FileEntry file = (fileName != null)
				? new CountryContent.FileEntry(fileName, new FileSize(row.get("file_size", Long.class))) : null;
		return new CountryContent.DocumentEntry(row.get("id", Long.class), texts.get("title"), texts.get("summary"),
				status(row), DocumentKind.valueOf(text(row, "kind")),
				PublicationDate.of(day(row, "day"), year(row, "year")), text(row, "url"), file);
	}

	/**
	 * An open partner request targeting the country: its title (in the {@code title}
	 * column in English, in {@code summary} in Chinese) in the page's language, or else
	 * in the other.
	 */
	private static CountryContent.RequestEntry request(Tuple row, Language language) {
		String english = text(row, "title");
		String chinese = text(row, "summary");
		LocalizedText title = ((language.isOriginal() && english != null) || chinese == null)
				? new LocalizedText(english, Language.ENGLISH, !language.isOriginal())
				: new LocalizedText(chinese, Language.SIMPLIFIED_CHINESE, language.isOriginal());
		return new CountryContent.RequestEntry(row.get("id", Long.class), title,
				PartnerRequestDirection.valueOf(text(row, "location")), PartnerRequestKind.valueOf(text(row, "kind")),
				day(row, "day"));
	}

	private static CountryContent.NewsEntry news(Tuple row, Texts texts) {
		return new CountryContent.NewsEntry(texts.get("title"), texts.get("summary"), status(row), day(row, "day"),
				text(row, "url"));
	}

	/** A row's texts in the page's language; {@code null} where the original has none. */
	private record Texts(Tuple row, Translations translations, Language language, boolean drafts) {

		Texts(Tuple row, Language language, boolean drafts) {
			this(row, TranslationsJson.read(text(row, "translations")), language, drafts);
		}

		LocalizedText get(String field) {
			String original = text(row, field);
			return (original != null) ? translations.text(field, original, language, drafts) : null;
		}

	}

	private static String text(Tuple row, String column) {
		return row.get(column, String.class);
	}

	private static PublicationStatus status(Tuple row) {
		return PublicationStatus.valueOf(text(row, "status"));
	}

	private static Source source(Tuple row) {
		String source = text(row, "source");
		return (source != null) ? Source.valueOf(source) : null;
	}

	private static LocalDate day(Tuple row, String column) {
		return row.get(column, LocalDate.class);
	}

	private static Year year(Tuple row, String column) {
		Integer year = row.get(column, Integer.class);
		return (year != null) ? Year.of(year) : null;
	}

}
