package com.jainshikanji.common.messaging.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Which instance of a service relays: the one holding a PostgreSQL session-level advisory
 * lock, on a connection of its own that stays idle (never inside a transaction) while it
 * leads. The lock goes with the session: if the instance dies or its connection is cut,
 * PostgreSQL releases it and another instance takes over at its next poll; the instance
 * that lost its connection finds out before its next batch and competes again.
 *
 * <p>
 * The key is the one earlier relays took per transaction, so during a rolling upgrade an
 * old instance and a new one never relay at the same time either.
 */
final class RelayLock {

	private static final Logger log = LoggerFactory.getLogger(RelayLock.class);

	/**
	 * Advisory lock key shared by every instance of a service (each service has its own
	 * database).
	 */
	static final long KEY = 0x6a73_6b5f_6f75_7462L;

	private final DataSource dataSource;

	private Connection connection;

	RelayLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Takes the lock unless another session holds it; keeps it if this instance holds it
	 * already on a live connection.
	 * @return whether this instance leads
	 */
	synchronized boolean acquire() {
		if (this.connection != null) {
			if (isAlive(this.connection)) {
				return true;
			}
			log.warn("Outbox relay lost the database session holding its lock; competing for it again");
			closeQuietly(this.connection);
			this.connection = null;
		}
		Connection candidate;
		try {
			candidate = this.dataSource.getConnection();
		}
		catch (SQLException ex) {
			throw new CannotGetJdbcConnectionException("No connection for the outbox relay lock", ex);
		}
		try {
			// A pool set to auto-commit=false would otherwise leave this session idle in
			// a transaction for as long as it leads.
			candidate.setAutoCommit(true);
			if (call(candidate, "SELECT pg_try_advisory_lock(?)")) {
				this.connection = candidate;
				log.info("This instance now relays the outbox");
				return true;
			}
			candidate.close();
			return false;
		}
		catch (SQLException ex) {
			closeQuietly(candidate);
			throw new CannotGetJdbcConnectionException("Could not take the outbox relay lock", ex);
		}
	}

	/** Gives the lock up and returns the connection to the pool. */
	synchronized void release() {
		if (this.connection == null) {
			return;
		}
		try {
			// Unlock before closing: a pooled connection's session outlives close().
			call(this.connection, "SELECT pg_advisory_unlock(?)");
		}
		catch (SQLException ex) {
			log.debug("Could not release the outbox relay lock; the session ends with its connection", ex);
		}
		closeQuietly(this.connection);
		this.connection = null;
	}

	private static boolean isAlive(Connection connection) {
		try {
			return connection.isValid(2);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	private static boolean call(Connection connection, String sql) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, KEY);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

	private static void closeQuietly(Connection connection) {
		try {
			connection.close();
		}
		catch (SQLException ex) {
			log.debug("Could not close the outbox relay lock connection", ex);
		}
	}

}
