package eu.clusterportal.outage;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * Leads the portal's connections to its test database through a {@link DatabaseRelay}, so
 * that a test can take the database away and bring it back while the portal runs.
 */
class RelayedDatabase implements BeanPostProcessor, DisposableBean {

	private DatabaseRelay relay;

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof JdbcConnectionDetails database)) {
			return bean;
		}
		try {
			relay = DatabaseRelay.to(database.getJdbcUrl());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String relayedUrl = relay.through(database.getJdbcUrl());
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return database.getUsername();
			}

			@Override
			public String getPassword() {
				return database.getPassword();
			}

			@Override
			public String getJdbcUrl() {
				return relayedUrl;
			}

			@Override
			public String getDriverClassName() {
				return database.getDriverClassName();
			}

		};
	}

	/** The database server stops: open connections break and new ones are refused. */
	void stop() {
		relay.cut();
	}

	/** The database server is back. */
	void start() {
		relay.restore();
	}

	@Override
	public void destroy() {
		relay.close();
	}

}
