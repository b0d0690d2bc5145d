package com.jainshikanji.notification.delivery;

import java.time.Clock;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.audit.AuditLog;
import com.jainshikanji.common.audit.AuditLog.AuditEvent;

/**
 * The delivery log for admins: every delivery with each attempt, and sending one again.
 */
@Service
class DeliveryLog {

	private final Deliveries deliveries;

	private final DeliveryWorkers workers;

	private final AuditLog auditLog;

	private final Clock clock;

	DeliveryLog(Deliveries deliveries, DeliveryWorkers workers, AuditLog auditLog, Clock clock) {
		this.deliveries = deliveries;
		this.workers = workers;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	DeliveryPageResponse search(DeliveryQuery query) {
		Page<Delivery> found = this.deliveries.search(query.recipientId(), query.sourceId(), query.status(),
				query.channel(), query.kind(), PageRequest.of(query.pageOrDefault(), query.sizeOrDefault(),
						Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))));
		return new DeliveryPageResponse(found.getContent().stream().map(Delivery::toResponse).toList(),
				query.pageOrDefault(), query.sizeOrDefault(), found.getTotalElements(), found.getTotalPages());
	}

	@Transactional(readOnly = true)
	DeliveryResponse delivery(UUID id) {
		return this.deliveries.findById(id).map(Delivery::toResponse).orElseThrow(() -> new DeliveryNotFound(id));
	}

	/**
	 * Sends a failed delivery again, with a full set of attempts.
	 * @throws DeliveryNotRetryable unless it failed
	 */
	@Transactional
	DeliveryResponse retry(UUID id) {
		Delivery delivery = this.deliveries.findById(id).orElseThrow(() -> new DeliveryNotFound(id));
		String lastError = delivery.lastError();
		delivery.retry(this.clock.instant());
		this.auditLog.record(AuditEvent.of("delivery.retried", "delivery", id)
			.with("channel", delivery.channel())
			.with("kind", delivery.kind())
			.with("recipientId", delivery.recipientId())
			.with("lastError", lastError));
		this.deliveries.flush();
		this.workers.wakeUp(delivery.channel());
		return delivery.toResponse();
	}

}
