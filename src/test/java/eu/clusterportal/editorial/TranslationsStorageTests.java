package eu.clusterportal.editorial;

import java.util.Map;

import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.country.CountrySection;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@PortalIntegrationTest
@ExtendWith(DatabaseSnapshot.class)
class TranslationsStorageTests {

	@PersistenceContext
	EntityManager entityManager;

	@Autowired
	RevisionHistory history;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aTranslationIsKeptWithItsItemAndInItsHistory() {
		long id = jdbc.queryForObject("select min(id) from country_section", Long.class);
		transactions.executeWithoutResult((status) -> entityManager.find(CountrySection.class, id)
			.translate(Language.SIMPLIFIED_CHINESE,
					new Translation(PublicationStatus.DRAFT, Map.of("lead", "经济背景", "body", "正文"))));

		CountrySection saved = transactions.execute((status) -> entityManager.find(CountrySection.class, id));
		Translation translation = saved.getTranslations().in(Language.SIMPLIFIED_CHINESE).orElseThrow();
		assertThat(translation.status()).isEqualTo(PublicationStatus.DRAFT);
		assertThat(translation.texts()).containsEntry("lead", "经济背景").containsEntry("body", "正文");
		assertThat(saved.getTranslations().text("lead", saved.getLead(), Language.SIMPLIFIED_CHINESE, false))
			.isEqualTo(new LocalizedText(saved.getLead(), Language.ENGLISH, true));
		assertThat(saved.getTranslations().text("lead", saved.getLead(), Language.SIMPLIFIED_CHINESE, true).value())
			.isEqualTo("经济背景");
		assertThat(jdbc.queryForObject(
				"select translations #>> '{zh-Hans,texts,lead}' from country_section where id = ?", String.class, id))
			.isEqualTo("经济背景");

		var versions = transactions.execute((status) -> history.of(CountrySection.class, id));
		assertThat(versions.get(0).item().getTranslations().in(Language.SIMPLIFIED_CHINESE)).isPresent();
	}

	@Test
	void theDatabaseRefusesAnUnknownLanguage() {
		assertThatExceptionOfType(Exception.class).isThrownBy(() -> jdbc
			.update("update country_section set translations = '{\"fr\": {\"status\": \"DRAFT\", \"texts\": {}}}'"));
	}

}
