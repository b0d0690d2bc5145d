package com.jainshikanji.analytics.rebuild;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.jainshikanji.analytics.facts.Facts;
import com.jainshikanji.analytics.rollup.Rollups;
import com.jainshikanji.analytics.rollup.Touched;
import com.jainshikanji.common.audit.AuditLog;
import com.jainshikanji.common.audit.AuditLog.AuditEvent;
import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;

/**
 * Rebuilds the facts and rollups from the topics: everything the topics said is removed
 * (with the inbox records that kept those events from being applied twice), the rollups
 * recomputed from what is left (demo history, which no topic holds), and the topics read
 * again from the beginning through the same {@link Facts#apply} the live listener uses,
 * and every rollup recomputed once more before the run is DONE. The live listener keeps
 * running meanwhile: an event both see is applied once, and facts do not depend on the
 * order events arrive in, so the end result is the same figures. The apps' funnel events
 * are on no topic and stay.
 */
@Service
class Rebuild {

	private static final Logger log = LoggerFactory.getLogger(Rebuild.class);

	private final JdbcClient jdbc;

	private final Facts facts;

	private final Rollups rollups;

	private final TopicReplay replay;

	private final EventJson json;

	private final AuditLog auditLog;

	private final TransactionTemplate transactions;

	private final TaskExecutor executor;

	private final RebuildProperties properties;

	private final Clock clock;

	Rebuild(JdbcClient jdbc, Facts facts, Rollups rollups, TopicReplay replay, EventJson json, AuditLog auditLog,
			PlatformTransactionManager transactionManager, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
			RebuildProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.facts = facts;
		this.rollups = rollups;
		this.replay = replay;
		this.json = json;
		this.auditLog = auditLog;
		this.transactions = new TransactionTemplate(transactionManager);
		this.executor = executor;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Removes what the topics said and starts reading them again, in the background.
	 * @throws RebuildAlreadyRunning while another rebuild runs
	 */
	RebuildRun start(UUID adminId) {
		UUID runId;
		try {
			runId = this.transactions.execute((status) -> begin(adminId));
		}
		catch (DuplicateKeyException ex) {
			// Asked after the refused insert, which aborted its transaction.
			throw new RebuildAlreadyRunning(this.jdbc.sql("SELECT id FROM rebuild_runs WHERE status = 'RUNNING'")
				.query(UUID.class)
				.optional()
				.orElse(null));
		}
		this.executor.execute(() -> replay(runId));
		return find(runId).orElseThrow(() -> new RebuildNotFound(runId));
	}

	Optional<RebuildRun> find(UUID runId) {
		return this.jdbc.sql("SELECT * FROM rebuild_runs WHERE id = :id")
			.param("id", runId)
			.query(RebuildRun.class)
			.optional();
	}

	List<RebuildRun> latest() {
		return this.jdbc.sql("SELECT * FROM rebuild_runs ORDER BY started_at DESC LIMIT 10")
			.query(RebuildRun.class)
			.list();
	}

	private UUID begin(UUID adminId) {
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				UPDATE rebuild_runs SET status = 'FAILED', finished_at = :now,
				    error = 'Abandoned: no progress since ' || updated_at
				WHERE status = 'RUNNING' AND updated_at < :abandonedBefore
				""")
			.param("now", now)
			.param("abandonedBefore", Timestamp.from(this.clock.instant().minus(this.properties.abandonedAfter())))
			.update();
		UUID runId = UUID.randomUUID();
		// At most one RUNNING row (a unique index): a second start fails here.
		this.jdbc.sql("""
				INSERT INTO rebuild_runs (id, status, started_by, started_at, updated_at)
				VALUES (:id, 'RUNNING', :admin, :now, :now)
				""").param("id", runId).param("admin", adminId).param("now", now).update();
		this.rollups.allowLongStatements();
		// Writers wait until the old facts are gone; readers still see them until then.
		this.jdbc.sql("""
				LOCK TABLE order_facts, order_fact_lines, order_fact_refunds, order_fact_payments, customer_facts,
				    product_ratings, loyalty_point_facts, loyalty_tier_changes IN EXCLUSIVE MODE
				""").update();
		int orders = this.jdbc.sql("DELETE FROM order_facts WHERE origin = 'events'").update();
		int customers = this.jdbc.sql("DELETE FROM customer_facts WHERE origin = 'events'").update();
		// Ratings and loyalty have no demo history: all of it came from the topics.
		int ratings = this.jdbc.sql("DELETE FROM product_ratings").update();
		int loyalty = this.jdbc.sql("DELETE FROM loyalty_point_facts").update()
				+ this.jdbc.sql("DELETE FROM loyalty_tier_changes").update();
		int applied = this.jdbc.sql("DELETE FROM messaging.processed_event WHERE consumer = :consumer")
			.param("consumer", Facts.CONSUMER)
			.update();
		this.rollups.refreshAll(null);
		this.auditLog.record(AuditEvent.of("analytics.rebuild-started", "rebuild", runId)
			.with("orderFactsRemoved", orders)
			.with("customerFactsRemoved", customers)
			.with("ratingFactsRemoved", ratings)
			.with("loyaltyFactsRemoved", loyalty)
			.with("eventsForgotten", applied));
		log.info("Rebuild {} started by {}: {} order facts, {} customer facts and {} applied events forgotten", runId,
				adminId, orders, customers, applied);
		return runId;
	}

	private void replay(UUID runId) {
		try {
			long read = this.replay.read(Facts.TOPICS, this.properties.batchSize(), this.properties.pollTimeout(),
					(batch) -> applyBatch(runId, batch));
			// DONE promises the figures: the days the replay touched are recomputed
			// now rather than by the next pass of the per-day refresh.
			this.rollups.refreshAll(null);
			finish(runId, "DONE", null);
			log.info("Rebuild {} done: {} records read", runId, read);
		}
		catch (RuntimeException ex) {
			log.error("Rebuild {} failed", runId, ex);
			finish(runId, "FAILED", String.valueOf(ex.getMessage()));
		}
	}

	/**
	 * Applies a batch in one transaction; if that fails, record by record, skipping (and
	 * logging) those that cannot be applied.
	 */
	private void applyBatch(UUID runId, List<ConsumerRecord<String, String>> batch) {
		try {
			this.transactions.executeWithoutResult((status) -> {
				Touched touched = new Touched();
				long applied = 0;
				for (ConsumerRecord<String, String> record : batch) {
					if (this.facts.apply(envelope(record), touched)) {
						applied++;
					}
				}
				this.rollups.note(touched);
				progress(runId, batch.size(), applied, 0);
			});
		}
		catch (RuntimeException batchFailed) {
			log.warn("Rebuild {}: a batch of {} failed ({}); applying its records one by one", runId, batch.size(),
					batchFailed.toString());
			for (ConsumerRecord<String, String> record : batch) {
				applyOne(runId, record);
			}
		}
	}

	private void applyOne(UUID runId, ConsumerRecord<String, String> record) {
		try {
			this.transactions.executeWithoutResult((status) -> {
				Touched touched = new Touched();
				boolean applied = this.facts.apply(envelope(record), touched);
				this.rollups.note(touched);
				progress(runId, 1, applied ? 1 : 0, 0);
			});
		}
		catch (RuntimeException ex) {
			log.warn("Rebuild {}: skipped {}-{}@{}: {}", runId, record.topic(), record.partition(), record.offset(),
					ex.toString());
			this.transactions.executeWithoutResult((status) -> progress(runId, 1, 0, 1));
		}
	}

	private EventEnvelope envelope(ConsumerRecord<String, String> record) {
		return this.json.read(record.value());
	}

	private void progress(UUID runId, long read, long applied, long skipped) {
		this.jdbc.sql("""
				UPDATE rebuild_runs SET events_read = events_read + :read, events_applied = events_applied + :applied,
				    skipped = skipped + :skipped, updated_at = :now
				WHERE id = :id
				""")
			.param("id", runId)
			.param("read", read)
			.param("applied", applied)
			.param("skipped", skipped)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	private void finish(UUID runId, String status, @Nullable String error) {
		this.jdbc.sql("""
				UPDATE rebuild_runs SET status = :status, finished_at = :now, updated_at = :now,
				    error = left(:error, 1000)
				WHERE id = :id
				""")
			.param("id", runId)
			.param("status", status)
			.param("error", error)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

}
