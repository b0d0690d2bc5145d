package com.jainshikanji.notification.inbox;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.notification.access.UserAccess;

/** A person's in-app notifications; the user themselves or an admin. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "In-app notifications",
		description = "The notification list the apps show, newest first, with the unread count for the badge. "
				+ "The user themselves (`me`) or an admin.")
class InboxController {

	static final int MAX_PAGE = 10_000;

	private final Inbox inbox;

	InboxController(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/user/{userId}")
	@Operation(summary = "List someone's notifications", description = "Paged, newest first; `unreadOnly=true` for "
			+ "the unread ones. `unreadCount` counts all unread notifications.")
	NotificationPageResponse notifications(@PathVariable String userId,
			@RequestParam(defaultValue = "false") boolean unreadOnly,
			@RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@AuthenticationPrincipal AuthenticatedUser caller) {
		return this.inbox.page(UserAccess.resolve(userId, caller), unreadOnly, page, size);
	}

	@PutMapping("/{notificationId}/read")
	@Operation(summary = "Mark a notification read", description = "The caller's own (any for an admin); someone "
			+ "else's is not found. Marking it again keeps the first time.")
	NotificationResponse markRead(@PathVariable UUID notificationId,
			@AuthenticationPrincipal AuthenticatedUser caller) {
		return this.inbox.markRead(notificationId, caller);
	}

	@PutMapping("/user/{userId}/read")
	@Operation(summary = "Mark all of someone's notifications read")
	MarkedReadResponse markAllRead(@PathVariable String userId, @AuthenticationPrincipal AuthenticatedUser caller) {
		return this.inbox.markAllRead(UserAccess.resolve(userId, caller));
	}

}
