package com.jainshikanji.store.staff;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

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
import com.jainshikanji.store.store.StoreAccess;

/**
 * A store's staff, run by an admin or the store's active manager. Removing a staff member
 * deactivates the record; it stays listed as inactive.
 */
@RestController
@RequestMapping("/api/v1/stores/{storeId}/staff")
class StaffController {

	private final StaffRoster roster;

	private final StoreAccess access;

	StaffController(StaffRoster roster, StoreAccess access) {
		this.roster = roster;
		this.access = access;
	}

	@GetMapping
	List<StaffResponse> staff(@PathVariable UUID storeId, @AuthenticationPrincipal AuthenticatedUser user) {
		this.access.requireManager(storeId, user);
		return this.roster.staff(storeId);
	}

	@GetMapping("/{staffId}")
	StaffResponse member(@PathVariable UUID storeId, @PathVariable UUID staffId,
			@AuthenticationPrincipal AuthenticatedUser user) {
		this.access.requireManager(storeId, user);
		return this.roster.member(storeId, staffId);
	}

	@PostMapping
	ResponseEntity<StaffResponse> assign(@PathVariable UUID storeId, @Valid @RequestBody StaffRequest request,
			@AuthenticationPrincipal AuthenticatedUser user) {
		this.access.requireManager(storeId, user);
		StaffResponse member = this.roster.assign(storeId, request.userId(), request.toDetails());
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{staffId}")
			.buildAndExpand(member.id())
			.toUri();
		return ResponseEntity.created(location).body(member);
	}

	@PutMapping("/{staffId}")
	StaffResponse change(@PathVariable UUID storeId, @PathVariable UUID staffId,
			@Valid @RequestBody StaffChangeRequest request, @AuthenticationPrincipal AuthenticatedUser user) {
		this.access.requireManager(storeId, user);
		return this.roster.change(storeId, staffId, request.toDetails(), request.active());
	}

	@DeleteMapping("/{staffId}")
	ResponseEntity<Void> deactivate(@PathVariable UUID storeId, @PathVariable UUID staffId,
			@AuthenticationPrincipal AuthenticatedUser user) {
		this.access.requireManager(storeId, user);
		this.roster.deactivate(storeId, staffId);
		return ResponseEntity.noContent().build();
	}

}
