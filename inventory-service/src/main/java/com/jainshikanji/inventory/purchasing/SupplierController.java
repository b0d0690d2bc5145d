package com.jainshikanji.inventory.purchasing;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Suppliers: admins manage them; staff may read them, to order from them. */
@RestController
@RequestMapping("/api/v1/suppliers")
@Tag(name = "Suppliers",
		description = "Businesses the stores buy from. Admins manage them; staff may read them, to order from them.")
class SupplierController {

	private final Purchasing purchasing;

	SupplierController(Purchasing purchasing) {
		this.purchasing = purchasing;
	}

	@GetMapping
	@Operation(summary = "List suppliers",
			description = "By name; only active (or inactive) ones when active is given. Staff and admins.")
	List<SupplierResponse> suppliers(@RequestParam(required = false) @Nullable Boolean active) {
		return this.purchasing.suppliers(active);
	}

	@GetMapping("/{supplierId}")
	@Operation(summary = "Read a supplier", description = "Staff and admins.")
	SupplierResponse supplier(@PathVariable UUID supplierId) {
		return this.purchasing.supplier(supplierId);
	}

	@PostMapping
	@Operation(summary = "Create a supplier", description = "Admins only.")
	ResponseEntity<SupplierResponse> create(@Valid @RequestBody SupplierRequest request) {
		SupplierResponse supplier = this.purchasing.createSupplier(request.toDetails());
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{id}")
			.buildAndExpand(supplier.id())
			.toUri();
		return ResponseEntity.created(location).body(supplier);
	}

	@PutMapping("/{supplierId}")
	@Operation(summary = "Change a supplier", description = "Admins only.")
	SupplierResponse change(@PathVariable UUID supplierId, @Valid @RequestBody SupplierRequest request) {
		return this.purchasing.changeSupplier(supplierId, request.toDetails());
	}

	@DeleteMapping("/{supplierId}")
	@Operation(summary = "Deactivate a supplier",
			description = "Admins only. No new purchase orders with it; those placed keep naming it.")
	ResponseEntity<Void> deactivate(@PathVariable UUID supplierId) {
		this.purchasing.deactivateSupplier(supplierId);
		return ResponseEntity.noContent().build();
	}

}
