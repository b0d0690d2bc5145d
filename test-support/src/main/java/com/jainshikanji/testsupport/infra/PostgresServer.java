package com.jainshikanji.testsupport.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server started from the embedded binaries (no Docker): one process,
 * any number of databases. With a data directory the cluster survives restarts (the local
 * platform); without one it lives in a temporary directory that is wiped (tests).
 */
public final class PostgresServer implements AutoCloseable {

	private static final String SUPERUSER = "postgres";

	private final EmbeddedPostgres postgres;

	private PostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	/**
	 * Starts a server.
	 * @param dataDirectory where the cluster lives, kept across restarts; {@code null}
	 * for a throw-away one
	 * @param port the port to listen on, {@code 0} for any free port
	 */
	public static PostgresServer start(Path dataDirectory, int port) {
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setPort((port != 0) ? port : FreePorts.next())
				// Ten services with a connection pool each, plus tools: the default of
				// 100 is too tight.
				.setServerConfig("max_connections", "300")
				.setServerConfig("listen_addresses", "127.0.0.1");
			if (dataDirectory != null) {
				builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
			}
			return new PostgresServer(builder.start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start embedded PostgreSQL", ex);
		}
	}

	public int port() {
		return this.postgres.getPort();
	}

	public String username() {
		return SUPERUSER;
	}

	public String password() {
		return SUPERUSER;
	}

	public String jdbcUrl(String database) {
		return this.postgres.getJdbcUrl(SUPERUSER, database);
	}

	/** Creates the database unless it exists; safe to call from several threads. */
	public synchronized void createDatabaseIfMissing(String database) {
		if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
			throw new IllegalArgumentException("Not a plain database name: " + database);
		}
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection()) {
			try (PreparedStatement exists = connection
				.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
				exists.setString(1, database);
				if (exists.executeQuery().next()) {
					return;
				}
			}
			try (Statement create = connection.createStatement()) {
				create.execute("CREATE DATABASE " + database);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + database, ex);
		}
	}

	@Override
	public void close() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
