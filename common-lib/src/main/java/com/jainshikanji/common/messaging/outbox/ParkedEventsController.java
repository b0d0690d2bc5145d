package com.jainshikanji.common.messaging.outbox;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.jainshikanji.common.security.AuthenticatedUser;

/**
 * Operators' view of the outbox events the relay parked, and what they can do about one.
 * Administrators only: checked by method security and again here, in case a service runs
 * without it.
 */
@RestController
@Tag(name = "Operations: parked outbox events",
		description = "Events Kafka would not take, to retry or discard (admin)")
@RequestMapping("/api/v1/admin/outbox")
@PreAuthorize("hasRole('ADMIN')")
class ParkedEventsController {

	private final ParkedEvents parked;

	ParkedEventsController(ParkedEvents parked) {
		this.parked = parked;
	}

	/** Parked events, the most recently parked first. */
	@GetMapping("/parked")
	@Operation(summary = "List parked outbox events")
	PageResponse list(@RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
			@AuthenticationPrincipal AuthenticatedUser user) {
		requireAdmin(user);
		ParkedEvents.Page result = this.parked.list(page, size);
		return new PageResponse(result.items().stream().map(OutboxEventResponse::of).toList(), result.page(),
				result.size(), result.totalItems());
	}

	/**
	 * Puts a parked event back in line; the relay sends it before the events held behind
	 * it.
	 */
	@PostMapping("/{id}/retry")
	@Operation(summary = "Retry a parked event")
	OutboxEventResponse retry(@PathVariable long id, @AuthenticationPrincipal AuthenticatedUser user) {
		requireAdmin(user);
		return OutboxEventResponse.of(this.parked.retry(id));
	}

	/** Gives a parked event up for good; the events held behind it go out. */
	@PostMapping("/{id}/discard")
	@Operation(summary = "Discard a parked event, releasing those held behind it")
	OutboxEventResponse discard(@PathVariable long id, @AuthenticationPrincipal AuthenticatedUser user) {
		requireAdmin(user);
		return OutboxEventResponse.of(this.parked.discard(id));
	}

	private static void requireAdmin(AuthenticatedUser user) {
		if (user == null || !user.isAdmin()) {
			throw new AccessDeniedException("Administrators only");
		}
	}

	record PageResponse(List<OutboxEventResponse> items, int page, int size, long totalItems) {

	}

	record OutboxEventResponse(long id, UUID eventId, String eventType, String topic, String messageKey,
			OutboxEvent.Status status, Instant createdAt, int attempts, String lastError, Instant parkedAt,
			Instant discardedAt, int envelopeBytes, int heldBehind) {

		static OutboxEventResponse of(OutboxEvent event) {
			return new OutboxEventResponse(event.id(), event.eventId(), event.eventType(), event.topic(),
					event.messageKey(), event.status(), event.createdAt(), event.attempts(), event.lastError(),
					event.parkedAt(), event.discardedAt(), event.envelopeBytes(), event.heldBehind());
		}

	}

}
