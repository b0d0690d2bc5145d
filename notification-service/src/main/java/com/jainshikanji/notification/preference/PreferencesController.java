package com.jainshikanji.notification.preference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.notification.access.UserAccess;

/** How a person wants to be told; the user themselves or an admin. */
@RestController
@RequestMapping("/api/v1/notifications/preferences/{userId}")
@Tag(name = "Preferences",
		description = "Per category (order updates, account updates, promotions) the channels it may use (email, "
				+ "SMS, push, in-app). The platform's one place for notification opt-ins. Promotions reach only those "
				+ "who opted in; security emails and staff alerts are always sent. The user themselves (`me`) or an "
				+ "admin.")
class PreferencesController {

	private final NotificationPreferences preferences;

	PreferencesController(NotificationPreferences preferences) {
		this.preferences = preferences;
	}

	@GetMapping
	@Operation(summary = "Read someone's notification preferences",
			description = "Someone who never chose has the defaults: order updates on every channel, account updates "
					+ "on all but SMS, promotions off.")
	PreferencesResponse preferences(@PathVariable String userId, @AuthenticationPrincipal AuthenticatedUser caller) {
		return this.preferences.preferences(UserAccess.resolve(userId, caller));
	}

	@PutMapping
	@Operation(summary = "Replace someone's notification preferences", description = "Every category and channel must "
			+ "be given. An admin's change to someone else's preferences is audited.")
	PreferencesResponse change(@PathVariable String userId, @Valid @RequestBody PreferencesRequest request,
			@AuthenticationPrincipal AuthenticatedUser caller) {
		return this.preferences.change(UserAccess.resolve(userId, caller), request.orderUpdates().toChoice(),
				request.accountUpdates().toChoice(), request.promotions().toChoice(), caller.id());
	}

}
