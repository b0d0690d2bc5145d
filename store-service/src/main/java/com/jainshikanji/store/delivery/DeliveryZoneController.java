package com.jainshikanji.store.delivery;

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
 * Where a store delivers: public to read, run by an admin or the store's active manager.
 */
@RestController
@RequestMapping("/api/v1/stores/{storeId}/delivery-zones")
class DeliveryZoneController {

	private final DeliveryZoneManagement management;

	private final StoreAccess access;

	DeliveryZoneController(DeliveryZoneManagement management, StoreAccess access) {
		this.management = management;
		this.access = access;
	}

	@GetMapping
	List<DeliveryZoneResponse> zones(@PathVariable UUID storeId) {
		return this.management.zones(storeId);
	}

	@GetMapping("/{zoneId}")
	DeliveryZoneResponse zone(@PathVariable UUID storeId, @PathVariable UUID zoneId) {
		return this.management.zone(storeId, zoneId);
	}

	@PostMapping
	ResponseEntity<DeliveryZoneResponse> draw(@PathVariable UUID storeId,
			@Valid @RequestBody DeliveryZoneRequest request, @AuthenticationPrincipal AuthenticatedUser user) {
		this.access.requireManager(storeId, user);
		DeliveryZoneResponse zone = this.management.draw(storeId, request.toDetails());
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{zoneId}")
			.buildAndExpand(zone.id())
			.toUri();
		return ResponseEntity.created(location).body(zone);
	}

	@PutMapping("/{zoneId}")
	DeliveryZoneResponse change(@PathVariable UUID storeId, @PathVariable UUID zoneId,
			@Valid @RequestBody DeliveryZoneRequest request, @AuthenticationPrincipal AuthenticatedUser user) {
		this.access.requireManager(storeId, user);
		return this.management.change(storeId, zoneId, request.toDetails());
	}

	@DeleteMapping("/{zoneId}")
	ResponseEntity<Void> remove(@PathVariable UUID storeId, @PathVariable UUID zoneId,
			@AuthenticationPrincipal AuthenticatedUser user) {
		this.access.requireManager(storeId, user);
		this.management.remove(storeId, zoneId);
		return ResponseEntity.noContent().build();
	}

}
