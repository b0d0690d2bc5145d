package com.jainshikanji.inventory.catalog;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A product's customizations and their options: open to read, admins manage them. */
@RestController
@RequestMapping("/api/v1/products/{productId}/customizations")
class CustomizationController {

	private final Catalog catalog;

	CustomizationController(Catalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	ResponseEntity<List<CustomizationResponse>> customizations(@PathVariable UUID productId) {
		return ProductController.cacheable(this.catalog.customizations(productId));
	}

	@PostMapping
	ResponseEntity<CustomizationResponse> add(@PathVariable UUID productId,
			@Valid @RequestBody CustomizationRequest request) {
		CustomizationResponse customization = this.catalog.addCustomization(productId, request);
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{id}")
			.buildAndExpand(customization.id())
			.toUri();
		return ResponseEntity.created(location).body(customization);
	}

	@PutMapping("/{customizationId}")
	CustomizationResponse change(@PathVariable UUID productId, @PathVariable UUID customizationId,
			@Valid @RequestBody CustomizationRequest request) {
		return this.catalog.changeCustomization(productId, customizationId, request);
	}

	@DeleteMapping("/{customizationId}")
	ResponseEntity<Void> remove(@PathVariable UUID productId, @PathVariable UUID customizationId) {
		this.catalog.removeCustomization(productId, customizationId);
		return ResponseEntity.noContent().build();
	}

}
