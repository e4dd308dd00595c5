package eu.clusterportal.matching;

import java.time.Instant;
import java.time.LocalDate;

import eu.clusterportal.account.Account;
import eu.clusterportal.account.AccountRepository;
import eu.clusterportal.account.Role;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Crafted rows for matching tests, written with SQL in the test's transaction: countries,
 * organisations, clusters and partner requests with the terms they name.
 */
public final class MatchSamples {

	/** The member of the organisation that posted {@link #showcase}'s request. */
	public static final String POSTER = "poster@example.eu";

	/** The member of an organisation in China that fits {@link #showcase}'s request. */
	public static final String FITTING = "fitting@example.cn";

	private final JdbcClient jdbc;

	private final AccountRepository accounts;

	public MatchSamples(JdbcClient jdbc, AccountRepository accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	/**
	 * For pages of every kind: a request targeting China posted by {@link #POSTER}'s
	 * organisation, with a Chinese research organisation that fits it, represented by
	 * {@link #FITTING}, and one that fits by its sector's section. Returns the request.
	 */
	public static long showcase(JdbcClient jdbc, AccountRepository accounts) {
		MatchSamples samples = new MatchSamples(jdbc, accounts);
		long china = samples.countryId("china");
		long poster = samples.organisation("Poster Motors", "COMPANY", samples.country("Matchland"));
		samples.represents(samples.member(POSTER), poster, "VALIDATED");
		long request = samples.request(poster, "RESEARCH_PARTNER", "REQUEST", "Research on car health", china);
		samples.sectors("partner_request", request, "C29", "C26").fields("partner_request", request, "A61");
		long institute = samples.organisation("Zz Car Health Institute", "RESEARCH_ORGANISATION", china);
		samples.sectors("organisation", institute, "C29").fields("organisation", institute, "A61");
		samples.represents(samples.member(FITTING), institute, "VALIDATED");
		long foods = samples.organisation("Zz Food Works", "COMPANY", china);
		samples.sectors("organisation", foods, "C10");
		return request;
	}

	long country(String name) {
		return jdbc.sql("insert into country (slug, name) values (lower(:name), :name) returning id")
			.param("name", name)
			.query(Long.class)
			.single();
	}

	long countryId(String slug) {
		return jdbc.sql("select id from country where slug = ?").param(slug).query(Long.class).single();
	}

	long organisation(String name, String type, long country, String status, boolean offersHelp) {
		return jdbc.sql("""
				insert into organisation (slug, name, type, country_id, status, offers_help)
				values (:slug, :name, :type, :country, :status, :help) returning id""")
			.param("slug", name.toLowerCase().replace(' ', '-'))
			.param("name", name)
			.param("type", type)
			.param("country", country)
			.param("status", status)
			.param("help", offersHelp)
			.query(Long.class)
			.single();
	}

	long organisation(String name, String type, long country) {
		return organisation(name, type, country, "PUBLISHED", false);
	}

	long cluster(String name, long country) {
		return jdbc.sql("insert into cluster (slug, name, country_id) values (:slug, :name, :country) returning id")
			.param("slug", name.toLowerCase().replace(' ', '-'))
			.param("name", name)
			.param("country", country)
			.query(Long.class)
			.single();
	}

	/**
	 * Links an organisation ("organisation"), cluster or request to the sectors of the
	 * codes.
	 */
	MatchSamples sectors(String owner, long id, String... codes) {
		return terms(owner, id, "sector", codes);
	}

	MatchSamples fields(String owner, long id, String... codes) {
		return terms(owner, id, "technology_field", codes);
	}

	private MatchSamples terms(String owner, long id, String table, String... codes) {
		for (String code : codes) {
			jdbc.sql("insert into %s_%s (%s_id, %s_id) select ?, id from %s where code = ?".formatted(owner, table,
					owner, table, table))
				.param(id)
				.param(code)
				.update();
		}
		return this;
	}

	void runs(long organisation, long cluster) {
		jdbc.sql("insert into organisation_cluster (organisation_id, cluster_id) values (?, ?)")
			.param(organisation)
			.param(cluster)
			.update();
	}

	void inPartnership(long cluster) {
		long partnership = jdbc
			.sql("insert into partnership (acronym, name) values ('MATCH-4i', 'Matching partnership') returning id")
			.query(Long.class)
			.single();
		jdbc.sql("insert into partnership_member (partnership_id, cluster_id) values (?, ?)")
			.param(partnership)
			.param(cluster)
			.update();
	}

	/** A published request, open for a month, targeting the countries. */
	long request(long organisation, String kind, String direction, String title, long... countries) {
		long id = jdbc.sql("""
				insert into partner_request (organisation_id, direction, kind, title_en, description_en, deadline)
				values (:organisation, :direction, :kind, :title, 'What we seek.', :deadline) returning id""")
			.param("organisation", organisation)
			.param("direction", direction)
			.param("kind", kind)
			.param("title", title)
			.param("deadline", LocalDate.now().plusMonths(1))
			.query(Long.class)
			.single();
		for (long country : countries) {
			jdbc.sql("insert into partner_request_country (partner_request_id, country_id) values (?, ?)")
				.param(id)
				.param(country)
				.update();
		}
		return id;
	}

	void sql(String statement, Object... parameters) {
		var spec = jdbc.sql(statement);
		for (Object parameter : parameters) {
			spec = spec.param(parameter);
		}
		spec.update();
	}

	long member(String email) {
		Account member = new Account(email, "Member " + email, "{noop}unused", Role.MEMBER);
		member.confirmEmail(Instant.now());
		return accounts.save(member).getId();
	}

	void represents(long account, long organisation, String status) {
		jdbc.sql("insert into organisation_member (organisation_id, account_id, status) values (?, ?, ?)")
			.param(organisation)
			.param(account)
			.param(status)
			.update();
	}

}
