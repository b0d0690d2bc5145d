package com.jainshikanji.inventory.catalog;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

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
@Tag(name = "Customizations",
		description = "How a product can be customized (size, sugar, ice, add-ons) and what each option adds to "
				+ "the price. Open to read; admins manage them.")
class CustomizationController {

	private final Catalog catalog;

	private final Menu menu;

	CustomizationController(Catalog catalog, Menu menu) {
		this.catalog = catalog;
		this.menu = menu;
	}

	@GetMapping
	@Operation(summary = "List a product's customizations")
	ResponseEntity<List<CustomizationResponse>> customizations(@PathVariable UUID productId) {
		return ProductController.cacheable(this.menu.customizations(productId));
	}

	@PostMapping
	@Operation(summary = "Add a customization", description = "Admins only.")
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
	@Operation(summary = "Change a customization",
			description = "Admins only. Options sent with their id keep it; options left out are removed.")
	CustomizationResponse change(@PathVariable UUID productId, @PathVariable UUID customizationId,
			@Valid @RequestBody CustomizationRequest request) {
		return this.catalog.changeCustomization(productId, customizationId, request);
	}

	@DeleteMapping("/{customizationId}")
	@Operation(summary = "Remove a customization", description = "Admins only.")
	ResponseEntity<Void> remove(@PathVariable UUID productId, @PathVariable UUID customizationId) {
		this.catalog.removeCustomization(productId, customizationId);
		return ResponseEntity.noContent().build();
	}

}
