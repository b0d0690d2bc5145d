package com.jainshikanji.store.delivery;

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
 * Where a store delivers: public to read, run by an admin or the store's active manager.
 */
@RestController
@RequestMapping("/api/v1/stores/{storeId}/delivery-zones")
@Tag(name = "Delivery zones", description = "The postal codes a store delivers to, each zone at its own fee and "
		+ "time. Public to read; run by admins and the store's active manager.")
class DeliveryZoneController {

	private final DeliveryZoneManagement management;

	private final StoreAccess access;

	DeliveryZoneController(DeliveryZoneManagement management, StoreAccess access) {
		this.management = management;
		this.access = access;
	}

	@GetMapping
	@Operation(summary = "List a store's delivery zones by name")
	List<DeliveryZoneResponse> zones(@PathVariable UUID storeId) {
		return this.management.zones(storeId);
	}

	@GetMapping("/{zoneId}")
	@Operation(summary = "Show a delivery zone")
	DeliveryZoneResponse zone(@PathVariable UUID storeId, @PathVariable UUID zoneId) {
		return this.management.zone(storeId, zoneId);
	}

	@PostMapping
	@Operation(summary = "Draw a delivery zone",
			description = "Without a fee of its own, the zone charges the "
					+ "store's delivery fee. Where zones overlap, a quote takes the cheapest, then the fastest; when "
					+ "delivery is free, the fastest.")
	ResponseEntity<DeliveryZoneResponse> draw(@PathVariable UUID storeId,
			@Valid @RequestBody DeliveryZoneRequest request,
			@AuthenticationPrincipal @Nullable AuthenticatedUser user) {
		this.access.requireManager(storeId, user);
		DeliveryZoneResponse zone = this.management.draw(storeId, request.toDetails());
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{zoneId}")
			.buildAndExpand(zone.id())
			.toUri();
		return ResponseEntity.created(location).body(zone);
	}

	@PutMapping("/{zoneId}")
	@Operation(summary = "Change a delivery zone as a whole", description = "active false stops deliveries there.")
	DeliveryZoneResponse change(@PathVariable UUID storeId, @PathVariable UUID zoneId,
			@Valid @RequestBody DeliveryZoneRequest request,
			@AuthenticationPrincipal @Nullable AuthenticatedUser user) {
		this.access.requireManager(storeId, user);
		return this.management.change(storeId, zoneId, request.toDetails());
	}

	@DeleteMapping("/{zoneId}")
	@Operation(summary = "Delete a delivery zone")
	ResponseEntity<Void> remove(@PathVariable UUID storeId, @PathVariable UUID zoneId,
			@AuthenticationPrincipal @Nullable AuthenticatedUser user) {
		this.access.requireManager(storeId, user);
		this.management.remove(storeId, zoneId);
		return ResponseEntity.noContent().build();
	}

}
