package eu.clusterportal.requests;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Partner requests written with SQL, for tests that commit (and restore the database with
 * {@code DatabaseSnapshot}): a request of the demo's EU SME Centre targeting China, in
 * manufacturing of motor vehicles (C29).
 */
public final class PartnerRequestRows {

	private PartnerRequestRows() {
	}

	/**
	 * @param english its English title, or {@code null} for none
	 * @param chinese its Chinese title, or {@code null} for none
	 * @return its id
	 */
	public static long insert(JdbcClient jdbc, String english, String chinese, LocalDate deadline) {
		long id = jdbc.sql("""
				insert into partner_request (organisation_id, direction, kind, title_en, description_en, title_zh,
				    description_zh, deadline)
				select o.id, 'REQUEST', 'TECHNOLOGY_PARTNER', :en, :en || E' described.\\n\\nMore.', :zh, :zh || '的说明。',
				    :deadline
				from organisation o where o.slug = 'eu-sme-centre'
				returning id""")
			.param("en", english)
			.param("zh", chinese)
			.param("deadline", deadline)
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into partner_request_country (partner_request_id, country_id)
				select :id, id from country where slug = 'china'""").param("id", id).update();
		jdbc.sql("""
				insert into partner_request_sector (partner_request_id, sector_id)
				select :id, id from sector where code = 'C29'""").param("id", id).update();
		return id;
	}

}
