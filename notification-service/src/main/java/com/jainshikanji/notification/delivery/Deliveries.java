package com.jainshikanji.notification.delivery;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
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
	 * Holds locked deliveries for the worker that sends them: nobody else takes them
	 * before {@code until}, and if that worker dies they come back then.
	 */
	@Modifying
	@Query(value = "UPDATE deliveries SET next_attempt_at = :until WHERE id IN (:ids)", nativeQuery = true)
	int lease(Collection<UUID> ids, Instant until);

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
