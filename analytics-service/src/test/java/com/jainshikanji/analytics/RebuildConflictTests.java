package com.jainshikanji.analytics;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.security.TestTokens;
import com.jainshikanji.testsupport.web.Problem;
import com.jainshikanji.testsupport.web.Problems;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One rebuild at a time: asking for another while one runs is a 409 naming the one that
 * runs (it was a 500: the refused insert had aborted the transaction that then asked
 * which run it was).
 */
@AnalyticsServiceTest
class RebuildConflictTests {

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRebuildAskedForWhileAnotherRunsIsAConflictNamingTheRunningOne() {
		UUID running = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO rebuild_runs (id, status, started_by, started_at, updated_at)
				VALUES (:id, 'RUNNING', :admin, now(), now())
				""").param("id", running).param("admin", UUID.randomUUID()).update();
		try {
			Problem problem = Problems
				.problem(new Api(this.client).post("/api/v1/admin/rebuild", TestTokens.admin(), null), 409);

			assertThat(problem.typeSlug()).isEqualTo("rebuild-running");
			assertThat(problem.detail()).contains(running.toString());
			assertThat(this.jdbc.sql("SELECT id FROM rebuild_runs WHERE status = 'RUNNING'").query(UUID.class).list())
				.containsExactly(running);
		}
		finally {
			this.jdbc.sql("DELETE FROM rebuild_runs WHERE id = :id").param("id", running).update();
		}
	}

}
