package com.jainshikanji.common.web;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.UncategorizedDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The failures a JPA service sees when its database stops answering mid-transaction,
 * shaped as they reach the web layer (PostgresFrozenIT found the first on the local
 * platform: a read timed out, Hikari evicted the connection, the rollback then failed on
 * it and Spring threw that instead).
 */
class DataAccessProblemsAdviceTests {

	private final DataAccessProblemsAdvice advice = new DataAccessProblemsAdvice();

	@Test
	void aRollbackFailingOnAConnectionThePoolEvictedIsA503NotA500() throws Exception {
		// As JpaTransactionManager throws it: a JpaSystemException around Hibernate's
		// "Unable to rollback", around the pool's closed-connection stand-in.
		Exception rollbackFailed = new UncategorizedDataAccessException("Unable to rollback against JDBC Connection",
				new RuntimeException("Unable to rollback against JDBC Connection",
						new SQLException("Connection is closed"))) {
		};

		ResponseEntity<ProblemDetail> answer = this.advice.lostConnection(rollbackFailed);

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
		assertThat(answer.getBody().getType().toString()).endsWith("/service-unavailable");
	}

	@Test
	void anUncategorizedFailureThatIsNoConnectionProblemStaysAServerError() {
		Exception bug = new UncategorizedDataAccessException("Unable to rollback against JDBC Connection",
				new SQLException("column \"nme\" does not exist", "42703")) {
		};

		assertThatExceptionOfType(UncategorizedDataAccessException.class)
			.isThrownBy(() -> this.advice.lostConnection(bug));
	}

	@Test
	void aClosedConnectionWithAnSqlStateIsTheDriversWordAndIsJudgedByThatState() {
		// Only the pool's own stand-in carries no state; a driver's exception is judged
		// by its class of state (here a syntax error that happens to say the same).
		Exception syntax = new UncategorizedDataAccessException("failed",
				new SQLException("Connection is closed", "42601")) {
		};

		assertThatExceptionOfType(UncategorizedDataAccessException.class)
			.isThrownBy(() -> this.advice.lostConnection(syntax));
	}

}
