package com.jainshikanji.store.store;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Stores. Anyone may browse them; only admins create and change them (enforced by the
 * security configuration).
 */
@RestController
@RequestMapping("/api/v1/stores")
class StoreController {

	private final StoreCatalog catalog;

	StoreController(StoreCatalog catalog) {
		this.catalog = catalog;
	}

	/** Stores by name, optionally only those in a city or with the given active flag. */
	@GetMapping
	StorePageResponse stores(@RequestParam(required = false) @Size(max = 100) String city,
			@RequestParam(required = false) Boolean active, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return this.catalog.search(city, active, page, size);
	}

	@GetMapping("/{storeId}")
	StoreResponse store(@PathVariable UUID storeId) {
		return this.catalog.store(storeId);
	}

	@PostMapping
	ResponseEntity<StoreResponse> create(@Valid @RequestBody StoreRequest request) {
		StoreResponse store = this.catalog.create(request.toDetails());
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{storeId}")
			.buildAndExpand(store.id())
			.toUri();
		return ResponseEntity.created(location).body(store);
	}

	@PutMapping("/{storeId}")
	StoreResponse change(@PathVariable UUID storeId, @Valid @RequestBody StoreRequest request) {
		return this.catalog.change(storeId, request.toDetails());
	}

}
