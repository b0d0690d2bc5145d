package com.jainshikanji.store.store;

import java.util.UUID;

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
 * A store's weekly operating hours: public to read, set a whole week at a time by an
 * admin or the store's manager.
 */
@RestController
@RequestMapping("/api/v1/stores/{storeId}/operating-hours")
class OperatingHoursController {

	private final StoreCatalog catalog;

	private final StoreAccess access;

	OperatingHoursController(StoreCatalog catalog, StoreAccess access) {
		this.catalog = catalog;
		this.access = access;
	}

	@GetMapping
	OperatingHoursResponse hours(@PathVariable UUID storeId) {
		return this.catalog.hours(storeId);
	}

	@PutMapping
	OperatingHoursResponse changeHours(@PathVariable UUID storeId, @Valid @RequestBody OperatingHoursRequest request,
			@AuthenticationPrincipal AuthenticatedUser user) {
		this.access.requireManager(storeId, user);
		return this.catalog.changeHours(storeId, request.toWeek());
	}

}
