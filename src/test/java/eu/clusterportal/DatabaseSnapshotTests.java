package eu.clusterportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import eu.clusterportal.account.Account;
import eu.clusterportal.account.AccountRepository;
import eu.clusterportal.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The snapshot that the tests which commit rely on puts back rows added, changed and
 * removed, also rows that others refer to. The test restores the snapshot itself; the
 * extension only cleans up should it fail half-way.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalIntegrationTest
class DatabaseSnapshotTests {

	static final List<String> TABLES = List.of("account", "country", "partnership", "partnership_target_country");

	@Autowired
	DataSource dataSource;

	@Autowired
	AccountRepository accounts;

	@Test
	void putsBackWhatATestAddedChangedAndRemoved() {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		DatabaseSnapshot.takeOnce(jdbc);
		Map<String, List<Map<String, Object>>> before = rows(jdbc);

		accounts.save(new Account("snap@example.eu", "Snap", "{noop}unused", Role.EDITOR));
		jdbc.update("update country set name = 'Cathay' where slug = 'china'");
		jdbc.update("delete from partnership_target_country");
		for (String table : List.of("partnership_member", "partnership_sector", "partnership_technology_field")) {
			jdbc.update("delete from " + table);
		}
		jdbc.update("delete from partnership");
		assertThat(rows(jdbc)).isNotEqualTo(before);

		DatabaseSnapshot.restore(jdbc);
		assertThat(rows(jdbc)).isEqualTo(before);
	}

	private static Map<String, List<Map<String, Object>>> rows(JdbcTemplate jdbc) {
		return TABLES.stream()
			.collect(Collectors.toMap((table) -> table,
					(table) -> jdbc.queryForList("select * from " + table + " order by 1, 2")));
	}

}
