package com.jainshikanji.common.web;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a database that did not answer (down, frozen, out of connections, the connection
 * lost or timed out) from one that answered with an error: the first is a 503 the client
 * may retry, and another call to the same database would only wait out its timeout again.
 */
public final class DatabaseFailures {

	private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";

	private DatabaseFailures() {
	}

	/** Whether the failure is the database not answering, rather than its answer. */
	public static boolean unavailable(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof QueryTimeoutException || cause instanceof TransientDataAccessResourceException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException
					|| cause instanceof SocketTimeoutException) {
				return true;
			}
			// Class 08: connection exception.
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
			// What Hikari hands back for a connection it evicted after a connection
			// failure: a JPA rollback then fails on it (JpaSystemException), and Spring
			// drops the failure that made it roll back. It carries no SQL state.
			if (cause instanceof SQLException sql && sql.getSQLState() == null
					&& HIKARI_CLOSED_CONNECTION.equals(sql.getMessage())) {
				return true;
			}
			// The rollback after a lost connection fails too, and hides why it was
			// rolled back.
			if (cause instanceof TransactionSystemException failed && failed.getApplicationException() != null
					&& unavailable(failed.getApplicationException())) {
				return true;
			}
			if (cause.getCause() == cause) {
				return false;
			}
		}
		return false;
	}

}
