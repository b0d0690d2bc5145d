package com.jainshikanji.notification.delivery;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import com.jainshikanji.notification.kind.Channel;
import com.jainshikanji.notification.kind.NotificationKind;

interface Deliveries extends JpaRepository<Delivery, UUID> {

	/**
	 * Locks up to {@code limit} deliveries of the channel that are due, skipping those
	 * another worker holds: instances share the queue without waiting for each other.
	 */
	@Query(value = """
			SELECT id FROM deliveries
			WHERE channel = :channel AND status = 'PENDING' AND next_attempt_at <= :now
			ORDER BY next_attempt_at
			LIMIT :limit
			FOR UPDATE SKIP LOCKED
			""", nativeQuery = true)
	List<UUID> lockDue(String channel, Instant now, int limit);

	/**
	 * Holds locked deliveries for the worker that sends them, under the worker's lease
	 * token: nobody else takes them before {@code until}, and if that worker dies they
	 * come back then (taken under another token).
	 */
	@Modifying
	@Query(value = "UPDATE deliveries SET next_attempt_at = :until, leased_by = :lease WHERE id IN (:ids)",
			nativeQuery = true)
	int lease(Collection<UUID> ids, Instant until, UUID lease);

	/**
	 * Renews a worker's hold on one delivery before it is sent, if it is still pending
	 * under the worker's lease token, i.e. no other worker took it since. A worker that
	 * is taking it at the same moment holds its row lock: this waits, then finds the row
	 * under the other token.
	 * @return 1 if the worker may send it, 0 if not
	 */
	@Modifying
	@Query(value = """
			UPDATE deliveries SET next_attempt_at = :until
			WHERE id = :id AND status = 'PENDING' AND leased_by = :lease
			""", nativeQuery = true)
	int claim(UUID id, UUID lease, Instant until);

	/**
	 * A delivery, its row locked until the transaction ends: no worker takes it while its
	 * attempt is recorded.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select d from Delivery d where d.id = :id")
	Optional<Delivery> lockById(UUID id);

	@Query("""
			select d from Delivery d
			where (:recipientId is null or d.recipientId = :recipientId)
			  and (:sourceId is null or d.sourceId = :sourceId)
			  and (:status is null or d.status = :status)
			  and (:channel is null or d.channel = :channel)
			  and (:kind is null or d.kind = :kind)
			""")
	Page<Delivery> search(@Nullable UUID recipientId, @Nullable UUID sourceId, @Nullable DeliveryStatus status,
			@Nullable Channel channel, @Nullable NotificationKind kind, Pageable page);

}
