package com.jainshikanji.notification.inbox;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InAppNotifications extends JpaRepository<InAppNotification, UUID> {

	Page<InAppNotification> findByUserId(UUID userId, Pageable page);

	Page<InAppNotification> findByUserIdAndReadAtIsNull(UUID userId, Pageable page);

	long countByUserIdAndReadAtIsNull(UUID userId);

	@Modifying
	@Query("update InAppNotification n set n.readAt = :now where n.userId = :userId and n.readAt is null")
	int markAllRead(UUID userId, Instant now);

}
