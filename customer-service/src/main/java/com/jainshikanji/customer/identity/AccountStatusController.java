package com.jainshikanji.customer.identity;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.jainshikanji.common.security.AuthenticatedUser;

/** Administrators deactivate an account or reactivate it ({@link AccountStatus}). */
@RestController
@Tag(name = "Accounts", description = "Administrators find accounts, deactivate and reactivate them")
class AccountStatusController {

	private final AccountStatus status;

	AccountStatusController(AccountStatus status) {
		this.status = status;
	}

	@PutMapping("/api/v1/customers/{customerId}/status")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Deactivate an account or reactivate it (administrators)",
			description = "`active: false` ends every session of the account at once; it can no longer log in "
					+ "(403 account-disabled) and the gateway refuses its access tokens within seconds. The other services no "
					+ "longer find the user (no new staff assignment or points adjustment). `active: true` lets it log "
					+ "in again. The same state again changes nothing. The reason goes to the audit log. An "
					+ "administrator cannot deactivate their own account (409 own-account). The owner is told of each change by email.")
	AccountStatusResponse change(@PathVariable UUID customerId, @Valid @RequestBody AccountStatusRequest request,
			@AuthenticationPrincipal AuthenticatedUser administrator) {
		return this.status.change(customerId, request.active(), request.reason(), administrator.id());
	}

}
