package com.jainshikanji.store.outlet;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.store.validation.PlainText;

/**
 * Stores. Anyone may browse the active ones and read any one; admins also list
 * deactivated stores (the catalog's rule), and only they create and change stores
 * (enforced by the security configuration).
 */
@RestController
@RequestMapping("/api/v1/stores")
@Tag(name = "Stores", description = "Where the stores are, how to reach them, what they ask of an order and "
		+ "whether they are open now. Public to read; created and changed by admins.")
class StoreController {

	/** Far beyond any real list, and keeps the row offset within what JPA can page. */
	static final int MAX_PAGE = 10_000;

	private final StoreCatalog catalog;

	StoreController(StoreCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	@Operation(summary = "List stores by name",
			description = "Optionally only those in a city (any case). Admins see every store, or only those with "
					+ "the given active flag; everyone else sees active stores only, and is refused active=false "
					+ "(403). A deactivated store's own page still shows it.")
	StorePageResponse stores(@RequestParam(required = false) @Nullable @PlainText(max = 100) String city,
			@RequestParam(required = false) @Nullable Boolean active,
			@RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@AuthenticationPrincipal @Nullable AuthenticatedUser user) {
		return this.catalog.search(city, active, user != null && user.isAdmin(), page, size);
	}

	@GetMapping("/{storeId}")
	@Operation(summary = "Show a store")
	StoreResponse store(@PathVariable UUID storeId) {
		return this.catalog.store(storeId);
	}

	@PostMapping
	@Operation(summary = "Create a store (admins)",
			description = "The new store is closed all week until its operating hours are set.")
	ResponseEntity<StoreResponse> create(@Valid @RequestBody StoreRequest request) {
		StoreResponse store = this.catalog.create(request.toDetails());
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{storeId}")
			.buildAndExpand(store.id())
			.toUri();
		return ResponseEntity.created(location).body(store);
	}

	@PutMapping("/{storeId}")
	@Operation(summary = "Change a store as a whole (admins)",
			description = "Settings left out take their defaults, as on creation. Setting acceptingOrders to false "
					+ "pauses new orders without closing the store.")
	StoreResponse change(@PathVariable UUID storeId, @Valid @RequestBody StoreRequest request) {
		return this.catalog.change(storeId, request.toDetails());
	}

}
