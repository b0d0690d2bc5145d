package com.jainshikanji.common.web;

import java.sql.SQLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.dao.UncategorizedDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Database races that reach the web layer: two requests creating the same unique thing,
 * or updating the same row at once. They are the client's to retry (409), not a server
 * fault; other integrity violations are bugs and stay 500s. A database that does not
 * answer (down, frozen, out of connections: the platform's datasource defaults bound
 * every wait) is a 503 the client may retry, never a hang or a 500. Registered only where
 * Spring's data access classes are present.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 100)
public class DataAccessProblemsAdvice {

	private static final Logger log = LoggerFactory.getLogger(DataAccessProblemsAdvice.class);

	private static final String UNIQUE_VIOLATION = "23505";

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> integrityViolation(DataIntegrityViolationException ex) throws Exception {
		if (!UNIQUE_VIOLATION.equals(sqlState(ex))) {
			throw ex;
		}
		log.debug("Unique constraint violated", ex);
		return respond(Problems.of(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict",
				"The resource already exists or was changed concurrently"));
	}

	@ExceptionHandler(ConcurrencyFailureException.class)
	ResponseEntity<ProblemDetail> concurrentUpdate(ConcurrencyFailureException ex) {
		log.debug("Concurrent update", ex);
		return respond(Problems.of(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict",
				"The resource was changed concurrently; retry the request"));
	}

	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
			QueryTimeoutException.class, TransientDataAccessResourceException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable(Exception ex) {
		log.warn("Database unavailable: {}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "5")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE, "Service unavailable",
					"The service's database is not answering right now; try again shortly"));
	}

	/**
	 * A commit, or a call Spring could not classify, that failed because the connection
	 * broke or timed out; anything else stays a 500.
	 */
	@ExceptionHandler({ TransactionSystemException.class, UncategorizedDataAccessException.class })
	ResponseEntity<ProblemDetail> lostConnection(Exception ex) throws Exception {
		if (!DatabaseFailures.unavailable(ex)) {
			throw ex;
		}
		return databaseUnavailable(ex);
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static String sqlState(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return null;
	}

}
