package eu.clusterportal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;

import javax.sql.DataSource;

import eu.clusterportal.PortalIntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V7 moves the files stored before it, one {@code bytea} each, into pieces, byte for
 * byte. It runs on a schema of its own, migrated to V6 first.
 */
@PortalIntegrationTest
class DocumentFileMigrationTests {

	private static final String SCHEMA = "files_before_v7";

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void dropSchema() {
		jdbc.sql("drop schema if exists " + SCHEMA + " cascade").update();
	}

	@Test
	void filesStoredBeforeArePiecedByteForByte() {
		migrate("6");
		byte[] large = new byte[600_000];
		for (int i = 0; i < large.length; i++) {
			large[i] = (byte) (i * 31);
		}
		byte[] small = { '%', 'P', 'D', 'F', '-' };
		long largeId = storeBeforeV7("large.pdf", large);
		long smallId = storeBeforeV7("small.pdf", small);

		migrate("7");

		assertThat(pieceSizes(largeId)).containsExactly(262_144, 262_144, 75_712);
		assertThat(contentOf(largeId)).isEqualTo(large);
		assertThat(contentOf(smallId)).isEqualTo(small);
		assertThat(jdbc.sql("select count(*) from information_schema.tables where table_schema = ? and table_name = ?")
			.params(SCHEMA, "document_file_content")
			.query(Long.class)
			.single()).isZero();
	}

	private void migrate(String version) {
		Flyway.configure()
			.dataSource(dataSource)
			.schemas(SCHEMA)
			.createSchemas(true)
			.locations("classpath:db/migration")
			.target(version)
			.load()
			.migrate();
	}

	private long storeBeforeV7(String name, byte[] content) {
		long id = jdbc
			.sql("insert into " + SCHEMA + ".document_file (file_name, media_type, size_bytes, sha256, "
					+ "uploaded_at) values (?, 'application/pdf', ?, repeat('0', 64), now()) returning id")
			.params(name, content.length)
			.query(Long.class)
			.single();
		jdbc.sql("insert into " + SCHEMA + ".document_file_content (file_id, content) values (?, ?)")
			.params(id, content)
			.update();
		return id;
	}

	private List<Integer> pieceSizes(long fileId) {
		return jdbc
			.sql("select octet_length(data) from " + SCHEMA + ".document_file_chunk where file_id = ? "
					+ "order by position")
			.param(fileId)
			.query(Integer.class)
			.list();
	}

	private byte[] contentOf(long fileId) {
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		jdbc.sql("select position, data from " + SCHEMA + ".document_file_chunk where file_id = ? order by position")
			.param(fileId)
			.query((row) -> {
				assertThat(row.getLong(1)).isEqualTo(content.size());
				content.writeBytes(row.getBytes(2));
			});
		return content.toByteArray();
	}

}
