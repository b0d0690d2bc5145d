package com.jainshikanji.customer.profile;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whether a user exists, for the platform's other services (role SERVICE, required by the
 * security configuration): the store service asks before it puts a user to work at a
 * store, the loyalty service before an admin adjusts a customer's points. They learn the
 * id and the roles and nothing else; a SERVICE token reads no profile. Called service to
 * service, never through the gateway, which does not route {@code /api/v1/users}.
 */
@RestController
@Tag(name = "Users", description = "For the platform's own services: whether a user exists")
class UserController {

	private final CustomerProfiles profiles;

	UserController(CustomerProfiles profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/api/v1/users/{userId}")
	@Operation(summary = "Whether a user exists, with their roles (services only)",
			description = "Only with a SERVICE token (client credentials, POST /api/v1/auth/service-token); any "
					+ "other caller is refused (403). Answers the id and the roles, nothing personal; a user "
					+ "nobody has, or whose account an administrator deactivated, is 404 customer-not-found.")
	UserResponse user(@PathVariable UUID userId) {
		return this.profiles.user(userId);
	}

}
