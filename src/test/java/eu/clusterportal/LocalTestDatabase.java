package eu.clusterportal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * A throw-away database on a PostgreSQL server reached without Docker, by default the
 * local one. It is created for one Spring test context and dropped when the JVM exits.
 * {@code PORTAL_TEST_POSTGRES_URL}, {@code _USERNAME} and {@code _PASSWORD} name another
 * server; the URL's database is only used to create and drop the test database.
 */
final class LocalTestDatabase implements JdbcConnectionDetails {

	private static final String SERVER_URL = setting("URL", "jdbc:postgresql://localhost:5432/postgres");

	private static final String USERNAME = setting("USERNAME", "postgres");

	private static final String PASSWORD = setting("PASSWORD", "");

	private final String jdbcUrl;

	private LocalTestDatabase(String jdbcUrl) {
		this.jdbcUrl = jdbcUrl;
	}

	static LocalTestDatabase create() {
		String name = "portal_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute("create database " + name);
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> execute("drop database if exists " + name + " with (force)")));
		return new LocalTestDatabase(SERVER_URL.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1"));
	}

	private static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(SERVER_URL, USERNAME, PASSWORD)) {
			connection.createStatement().execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on " + SERVER_URL
					+ ": is PostgreSQL running? (PORTAL_TEST_POSTGRES_URL names another server)", ex);
		}
	}

	private static String setting(String name, String fallback) {
		String value = System.getenv("PORTAL_TEST_POSTGRES_" + name);
		return (value != null) ? value : fallback;
	}

	@Override
	public String getUsername() {
		return USERNAME;
	}

	@Override
	public String getPassword() {
		return PASSWORD;
	}

	@Override
	public String getJdbcUrl() {
		return jdbcUrl;
	}

}
