package com.jainshikanji.devstack;

import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.jainshikanji.testsupport.infra.PostgresServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Pausing the local platform's PostgreSQL freezes the whole server, open connections
 * included, the way a hung database host looks to a service; resumed, it takes
 * connections again.
 */
class PostgresProcessTests {

	@TempDir
	Path data;

	@Test
	void aPausedServerAnswersNothingOnAnOpenConnectionAndTakesNewOnesWhenResumed() throws Exception {
		try (PostgresServer server = PostgresServer.start(this.data, 0)) {
			PostgresProcess postgres = new PostgresProcess(this.data);
			Properties properties = new Properties();
			properties.setProperty("user", server.username());
			properties.setProperty("password", server.password());
			properties.setProperty("socketTimeout", "2");
			try (Connection open = DriverManager.getConnection(server.jdbcUrl("postgres"), properties)) {
				assertThat(one(open)).isEqualTo(1);
				assertThat(postgres.state()).isEqualTo(PlatformProcess.State.RUNNING);

				postgres.pause();
				try {
					assertThat(postgres.state()).isEqualTo(PlatformProcess.State.PAUSED);
					Throwable frozen = catchThrowable(() -> one(open));
					assertThat(frozen).isInstanceOf(SQLException.class)
						.hasRootCauseInstanceOf(SocketTimeoutException.class);
				}
				finally {
					postgres.resume();
				}
			}
			assertThat(postgres.state()).isEqualTo(PlatformProcess.State.RUNNING);
			try (Connection fresh = DriverManager.getConnection(server.jdbcUrl("postgres"), properties)) {
				assertThat(one(fresh)).isEqualTo(1);
			}
		}
	}

	private static int one(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT 1")) {
			result.next();
			return result.getInt(1);
		}
	}

}
