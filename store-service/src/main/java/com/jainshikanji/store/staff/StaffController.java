package com.jainshikanji.store.staff;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.store.outlet.StoreAccess;

/**
 * A store's staff, run by an admin or the store's active manager. Removing a staff member
 * deactivates the record; it stays listed as inactive.
 */
@RestController
@RequestMapping("/api/v1/stores/{storeId}/staff")
@Tag(name = "Staff", description = "Who works at a store, and as what. For admins and the store's active manager; "
		+ "changes (of stores and of jobs) reach the user's access tokens (store_ids, store_jobs) within a token lifetime.")
class StaffController {

	private final StaffRoster roster;

	private final StoreAccess access;

	StaffController(StaffRoster roster, StoreAccess access) {
		this.roster = roster;
		this.access = access;
	}

	@GetMapping
	@Operation(summary = "List a store's staff, active first")
	List<StaffResponse> staff(@PathVariable UUID storeId, @AuthenticationPrincipal @Nullable AuthenticatedUser user) {
		this.access.requireManager(storeId, user);
		return this.roster.staff(storeId);
	}

	@GetMapping("/{staffId}")
	@Operation(summary = "Show a staff record")
	StaffResponse member(@PathVariable UUID storeId, @PathVariable UUID staffId,
			@AuthenticationPrincipal @Nullable AuthenticatedUser user) {
		this.access.requireManager(storeId, user);
		return this.roster.member(storeId, staffId);
	}

	@PostMapping
	@Operation(summary = "Put a user to work at a store",
			description = "One record per user and store: a user who had one is brought back by changing it.")
	ResponseEntity<StaffResponse> assign(@PathVariable UUID storeId, @Valid @RequestBody StaffRequest request,
			@AuthenticationPrincipal @Nullable AuthenticatedUser user) {
		this.access.requireManager(storeId, user);
		StaffResponse member = this.roster.assign(storeId, request.userId(), request.toDetails());
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{staffId}")
			.buildAndExpand(member.id())
			.toUri();
		return ResponseEntity.created(location).body(member);
	}

	@PutMapping("/{staffId}")
	@Operation(summary = "Change a staff record as a whole",
			description = "A new role, deactivating (active false) or bringing the record back (active true).")
	StaffResponse change(@PathVariable UUID storeId, @PathVariable UUID staffId,
			@Valid @RequestBody StaffChangeRequest request, @AuthenticationPrincipal @Nullable AuthenticatedUser user) {
		this.access.requireManager(storeId, user);
		return this.roster.change(storeId, staffId, request.toDetails(), request.active());
	}

	@DeleteMapping("/{staffId}")
	@Operation(summary = "Remove a staff member",
			description = "Deactivates the record, which stays listed; removing it again changes nothing.")
	ResponseEntity<Void> deactivate(@PathVariable UUID storeId, @PathVariable UUID staffId,
			@AuthenticationPrincipal @Nullable AuthenticatedUser user) {
		this.access.requireManager(storeId, user);
		this.roster.deactivate(storeId, staffId);
		return ResponseEntity.noContent().build();
	}

}
