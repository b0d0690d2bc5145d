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

/**
 * A customer's profile. {@code {customerId}} is {@code me} or a customer id; customers
 * reach only their own, admins any.
 */
@RestController
@RequestMapping("/api/v1/customers/{customerId}")
@Tag(name = "Profile",
		description = "The signed-in user's profile. Use `me` as the customer id; administrators may use any id.")
class CustomerController {

	private final CustomerProfiles profiles;

	private final CustomerAccess access;

	CustomerController(CustomerProfiles profiles, CustomerAccess access) {
		this.profiles = profiles;
		this.access = access;
	}

	@GetMapping
	@Operation(summary = "Read a profile, with roles and loyalty tier")
	ProfileResponse profile(@PathVariable String customerId, @AuthenticationPrincipal AuthenticatedUser user) {
		return this.profiles.profile(this.access.resolve(customerId, user));
	}

	@PutMapping
	@Operation(summary = "Replace the editable profile fields",
			description = "Email, roles, loyalty and verification flags cannot be set here. A new phone number "
					+ "must be verified again.")
	ProfileResponse changeProfile(@PathVariable String customerId, @Valid @RequestBody UpdateProfileRequest request,
			@AuthenticationPrincipal AuthenticatedUser user) {
		return this.profiles.changeProfile(this.access.resolve(customerId, user), request.toChange());
	}

}
