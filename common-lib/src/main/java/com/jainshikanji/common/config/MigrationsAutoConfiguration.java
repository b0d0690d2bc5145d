package com.jainshikanji.common.config;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Migrations run without the JDBC socket timeout of the request path
 * ({@code jainshikanji-defaults.yml}: a few seconds, so that a frozen database fails a
 * request fast). A migration may rightly take longer than that (a large table, the demo
 * history under a loaded start), and cutting it off fails the service's start.
 */
@AutoConfiguration
@ConditionalOnClass({ Flyway.class, FlywayConfigurationCustomizer.class })
public class MigrationsAutoConfiguration {

	@Bean
	FlywayConfigurationCustomizer migrationsWithoutSocketTimeout() {
		return (configuration) -> {
			DataSource dataSource = configuration.getDataSource();
			if (dataSource != null) {
				configuration.dataSource(new UntimedConnections(dataSource));
			}
		};
	}

	/**
	 * Hands out connections with no network timeout; Hikari restores the pool's own when
	 * a connection goes back.
	 */
	static final class UntimedConnections extends DelegatingDataSource {

		UntimedConnections(DataSource dataSource) {
			super(dataSource);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return untimed(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return untimed(super.getConnection(username, password));
		}

		private static Connection untimed(Connection connection) throws SQLException {
			connection.setNetworkTimeout(Runnable::run, 0);
			return connection;
		}

	}

}
