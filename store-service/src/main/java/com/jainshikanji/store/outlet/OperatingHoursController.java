package com.jainshikanji.store.outlet;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

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
@Tag(name = "Operating hours", description = "When a store is open, day by day, in its own time zone.")
class OperatingHoursController {

	private final StoreCatalog catalog;

	private final StoreAccess access;

	OperatingHoursController(StoreCatalog catalog, StoreAccess access) {
		this.catalog = catalog;
		this.access = access;
	}

	@GetMapping
	@Operation(summary = "Show a store's week and whether it is open now")
	OperatingHoursResponse hours(@PathVariable UUID storeId) {
		return this.catalog.hours(storeId);
	}

	@PutMapping
	@Operation(summary = "Set a store's whole week (admins and the store's manager)",
			description = "Every day must be given, closed or with its hours. A closing time not after the opening "
					+ "time is on the next day; 00:00-00:00 (or 00:00-24:00) is open all day. Times are whole "
					+ "minutes (09:00); one with seconds is refused, naming it.")
	OperatingHoursResponse changeHours(@PathVariable UUID storeId, @Valid @RequestBody OperatingHoursRequest request,
			@AuthenticationPrincipal @Nullable AuthenticatedUser user) {
		this.access.requireManager(storeId, user);
		return this.catalog.changeHours(storeId, request.toWeek());
	}

}
