package com.jainshikanji.store.staff;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.util.Assert;

import com.jainshikanji.common.audit.AuditLog;
import com.jainshikanji.common.audit.AuditLog.AuditEvent;
import com.jainshikanji.store.outlet.StoreCatalog;

/**
 * Publishes the roster again, as it stands: for every staff record a fresh StaffAssigned
 * (active, with its job) or StaffUnassigned (inactive), each with the record's next
 * membership revision. This is how an operator brings the identity service
 * (customer-service) back in step with this table: after restoring its database, after a
 * staff event was dead-lettered there, or to give it the jobs of memberships it applied
 * before it kept them. Consumers apply only newer revisions, so announcing twice is
 * harmless.
 *
 * <p>
 * The records go in batches of {@value #BATCH_SIZE}, by id, each in a transaction of its
 * own with its events (the outbox) and its audit entry ({@code staff.announced}, the run
 * as target, the batch's counts): a large roster never holds one long transaction, and
 * the log names exactly the batches that committed. A batch and a staff change that touch
 * the same record never both commit blindly: the record's version makes the second to
 * write fail. When that is the batch (the change committed while it was being announced),
 * the batch is rolled back and announced again from the records as they are now, so the
 * change is neither overwritten nor followed by an announcement of the state before it;
 * after {@value #ATTEMPTS} such attempts the run stops with the conflict (409), the
 * batches before it staying announced, and can simply be repeated. When it is the change
 * (it read the record before the batch committed), the change answers 409 as any
 * concurrent edit does, to be retried.
 */
@Service
class StaffAnnouncements {

	static final int BATCH_SIZE = 500;

	static final int ATTEMPTS = 5;

	static final String ANNOUNCEMENT = "staff-announcement";

	private static final Logger log = LoggerFactory.getLogger(StaffAnnouncements.class);

	/** Before every id: PostgreSQL orders UUIDs by their bytes, and ids are random. */
	private static final UUID BEFORE_ALL = new UUID(0, 0);

	private final StaffMembers members;

	private final StoreCatalog stores;

	private final AuditLog auditLog;

	private final TransactionOperations transactions;

	StaffAnnouncements(StaffMembers members, StoreCatalog stores, AuditLog auditLog,
			TransactionOperations transactions) {
		this.members = members;
		this.stores = stores;
		this.auditLog = auditLog;
		this.transactions = transactions;
	}

	/**
	 * Announces the staff of one store, or of every store when {@code storeId} is
	 * {@code null}.
	 */
	RosterAnnouncement announce(@Nullable UUID storeId) {
		return announce(storeId, BATCH_SIZE);
	}

	RosterAnnouncement announce(@Nullable UUID storeId, int batchSize) {
		Assert.isTrue(batchSize > 0, "batchSize must be positive");
		if (storeId != null) {
			this.stores.requireExists(storeId);
		}
		UUID run = UUID.randomUUID();
		RosterAnnouncement total = RosterAnnouncement.NONE;
		UUID afterId = BEFORE_ALL;
		for (int number = 1;; number++) {
			Announced announced = announceWithRetries(new Batch(run, number, storeId, afterId, batchSize));
			total = total.plus(announced.counts());
			if (announced.counts().announced() < batchSize) {
				break;
			}
			afterId = announced.lastId();
		}
		log.info("Announced {} staff record(s) of {} ({} assigned, {} unassigned), run {}", total.announced(),
				(storeId != null) ? "store " + storeId : "every store", total.assigned(), total.unassigned(), run);
		return total;
	}

	private Announced announceWithRetries(Batch batch) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.transactions.execute((status) -> announceOnce(batch));
			}
			catch (OptimisticLockingFailureException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
				log.debug("Staff changed while batch {} of run {} was announced; announcing it again", batch.number(),
						batch.run());
			}
		}
	}

	private Announced announceOnce(Batch batch) {
		List<StaffMember> page = (batch.storeId() != null)
				? this.members.findByStoreIdAndIdGreaterThanOrderByIdAsc(batch.storeId(), batch.afterId(),
						Limit.of(batch.size()))
				: this.members.findByIdGreaterThanOrderByIdAsc(batch.afterId(), Limit.of(batch.size()));
		int assigned = 0;
		for (StaffMember member : page) {
			member.announce();
			if (member.isActive()) {
				assigned++;
			}
		}
		// Saving puts the events into the outbox; flushing writes the records now, so one
		// changed since it was read fails its version check here, as the conflict
		// announceWithRetries retries.
		this.members.saveAllAndFlush(page);
		RosterAnnouncement counts = RosterAnnouncement.of(assigned, page.size() - assigned);
		if (!page.isEmpty()) {
			this.auditLog.record(AuditEvent.of("staff.announced", ANNOUNCEMENT, batch.run())
				.atStore(batch.storeId())
				.with("batch", batch.number())
				.with("announced", counts.announced())
				.with("assigned", counts.assigned())
				.with("unassigned", counts.unassigned()));
		}
		return new Announced(counts, page.isEmpty() ? batch.afterId() : page.getLast().id());
	}

	/**
	 * The run's {@code number}th batch: up to {@code size} records after {@code afterId}.
	 */
	private record Batch(UUID run, int number, @Nullable UUID storeId, UUID afterId, int size) {
	}

	private record Announced(RosterAnnouncement counts, UUID lastId) {
	}

}
