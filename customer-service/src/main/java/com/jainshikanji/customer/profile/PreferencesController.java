package com.jainshikanji.customer.profile;

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

/** Dietary restrictions, spice level and favourite categories. */
@RestController
@RequestMapping("/api/v1/customers/{customerId}/preferences")
@Tag(name = "Preferences",
		description = "Spice level, dietary restrictions and favourite categories (notification opt-ins are the "
				+ "notification service's: /api/v1/notifications/preferences). Use `me` " + "as the customer id.")
class PreferencesController {

	private final CustomerProfiles profiles;

	private final CustomerAccess access;

	PreferencesController(CustomerProfiles profiles, CustomerAccess access) {
		this.profiles = profiles;
		this.access = access;
	}

	@GetMapping
	@Operation(summary = "Read preferences")
	PreferencesResponse preferences(@PathVariable String customerId, @AuthenticationPrincipal AuthenticatedUser user) {
		return this.profiles.preferences(this.access.resolve(customerId, user));
	}

	@PutMapping
	@Operation(summary = "Replace all preferences",
			description = "Missing lists mean none. Notification opt-ins are set at "
					+ "/api/v1/notifications/preferences/{userId}.")
	PreferencesResponse change(@PathVariable String customerId, @Valid @RequestBody PreferencesRequest request,
			@AuthenticationPrincipal AuthenticatedUser user) {
		return this.profiles.changePreferences(this.access.resolve(customerId, user), request.toChange());
	}

}
