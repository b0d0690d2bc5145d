package com.jainshikanji.common.messaging.deadletter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.beans.PropertyEditorSupport;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.jainshikanji.common.security.AuthenticatedUser;

/**
 * Operators' view of the records this service's consumers gave up on: inspect them,
 * replay one to its original topic (every consumer deduplicates on the event id, so only
 * the consumer that failed applies it), or discard it. Administrators only: checked by
 * method security and again here, in case a service runs without it.
 */
@RestController
@Tag(name = "Operations: dead letters", description = "Events this service gave up on, to inspect and replay (admin)")
@RequestMapping("/api/v1/admin/dead-letters")
@PreAuthorize("hasRole('ADMIN')")
class DeadLetterController {

	private final DeadLetters deadLetters;

	DeadLetterController(DeadLetters deadLetters) {
		this.deadLetters = deadLetters;
	}

	/** Dead letters, newest first, optionally only those in one status. */
	@GetMapping
	@Operation(summary = "List dead letters, newest first")
	PageResponse list(@RequestParam(required = false) DeadLetterStatus status,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
			@AuthenticationPrincipal AuthenticatedUser user) {
		requireAdmin(user);
		DeadLetters.Page result = this.deadLetters.list(status, page, size);
		return new PageResponse(result.items().stream().map(SummaryResponse::of).toList(), result.page(), result.size(),
				result.totalItems());
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read one dead letter")
	DeadLetterResponse get(@PathVariable long id, @AuthenticationPrincipal AuthenticatedUser user) {
		requireAdmin(user);
		return DeadLetterResponse.of(this.deadLetters.get(id));
	}

	/** Publishes the record again to its original topic, with its key and headers. */
	@PostMapping("/{id}/replay")
	@Operation(summary = "Replay a dead letter to its original topic")
	DeadLetterResponse replay(@PathVariable long id, @AuthenticationPrincipal AuthenticatedUser user) {
		requireAdmin(user);
		return DeadLetterResponse.of(this.deadLetters.replay(id));
	}

	@PostMapping("/{id}/discard")
	@Operation(summary = "Discard a dead letter")
	DeadLetterResponse discard(@PathVariable long id, @AuthenticationPrincipal AuthenticatedUser user) {
		requireAdmin(user);
		return DeadLetterResponse.of(this.deadLetters.discard(id));
	}

	/** {@code status=new} reads as well as {@code status=NEW}. */
	@InitBinder
	void statusIgnoringCase(WebDataBinder binder) {
		binder.registerCustomEditor(DeadLetterStatus.class, new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				setValue(DeadLetterStatus.valueOf(text.trim().toUpperCase(Locale.ROOT)));
			}
		});
	}

	private static void requireAdmin(AuthenticatedUser user) {
		if (user == null || !user.isAdmin()) {
			throw new AccessDeniedException("Administrators only");
		}
	}

	record PageResponse(List<SummaryResponse> items, int page, int size, long totalItems) {

	}

	record SummaryResponse(long id, String topic, String key, UUID eventId, String eventType, String exceptionClass,
			String exceptionMessage, DeadLetterStatus status, Instant receivedAt, Instant replayedAt,
			Instant discardedAt) {

		static SummaryResponse of(DeadLetter letter) {
			return new SummaryResponse(letter.id(), letter.topic(), letter.key(), letter.eventId(), letter.eventType(),
					letter.exceptionClass(), letter.exceptionMessage(), letter.status(), letter.receivedAt(),
					letter.replayedAt(), letter.discardedAt());
		}

	}

	/**
	 * One dead letter in full. Header values are shown as text, which is what the
	 * platform's own headers hold.
	 */
	record DeadLetterResponse(long id, String topic, String deadLetterTopic, String sourceTopic, int sourcePartition,
			long sourceOffset, String key, String value, List<HeaderResponse> headers, String exceptionClass,
			String exceptionMessage, UUID eventId, String eventType, DeadLetterStatus status, Instant receivedAt,
			Instant replayedAt, Instant discardedAt) {

		static DeadLetterResponse of(DeadLetter letter) {
			return new DeadLetterResponse(letter.id(), letter.topic(), letter.deadLetterTopic(), letter.sourceTopic(),
					letter.sourcePartition(), letter.sourceOffset(), letter.key(), letter.value(),
					letter.headers().stream().map((h) -> new HeaderResponse(h.name(), h.text())).toList(),
					letter.exceptionClass(), letter.exceptionMessage(), letter.eventId(), letter.eventType(),
					letter.status(), letter.receivedAt(), letter.replayedAt(), letter.discardedAt());
		}

	}

	record HeaderResponse(String name, String value) {

	}

}
