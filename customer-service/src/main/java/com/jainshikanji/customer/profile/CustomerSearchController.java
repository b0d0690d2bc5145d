package com.jainshikanji.customer.profile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators find an account by what a customer tells support: an email address, a
 * name, a phone number. How they reach the id that deactivating an account, reading a
 * profile or adjusting points takes.
 */
@RestController
@Tag(name = "Accounts", description = "Administrators find accounts, deactivate and reactivate them")
class CustomerSearchController {

	private final CustomerDirectory directory;

	CustomerSearchController(CustomerDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/api/v1/customers")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Find accounts, newest first (administrators)",
			description = "`q` (2 to 100 characters, case ignored) matches part of the email address or of the "
					+ "name (first and last), or, when it is a phone number with at least 4 digits (spaces, "
					+ "+, -, . and parentheses allowed), part of the phone number. `active` and `role` narrow the "
					+ "list. Every filter is optional; without any, every account is listed.")
	CustomerPage search(@Valid @ModelAttribute @ParameterObject CustomerQuery query) {
		return this.directory.search(query);
	}

}
