package com.jainshikanji.inventory.purchasing;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Suppliers: admins manage them; staff may read them, to order from them. */
@RestController
@RequestMapping("/api/v1/suppliers")
class SupplierController {

	private final Purchasing purchasing;

	SupplierController(Purchasing purchasing) {
		this.purchasing = purchasing;
	}

	/** Suppliers by name; only active (or inactive) ones when {@code active} is given. */
	@GetMapping
	List<SupplierResponse> suppliers(@RequestParam(required = false) Boolean active) {
		return this.purchasing.suppliers(active);
	}

	@GetMapping("/{supplierId}")
	SupplierResponse supplier(@PathVariable UUID supplierId) {
		return this.purchasing.supplier(supplierId);
	}

	@PostMapping
	ResponseEntity<SupplierResponse> create(@Valid @RequestBody SupplierRequest request) {
		SupplierResponse supplier = this.purchasing.createSupplier(request);
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{id}")
			.buildAndExpand(supplier.id())
			.toUri();
		return ResponseEntity.created(location).body(supplier);
	}

	@PutMapping("/{supplierId}")
	SupplierResponse change(@PathVariable UUID supplierId, @Valid @RequestBody SupplierRequest request) {
		return this.purchasing.changeSupplier(supplierId, request);
	}

	/** Deactivates the supplier; its purchase orders keep naming it. */
	@DeleteMapping("/{supplierId}")
	ResponseEntity<Void> deactivate(@PathVariable UUID supplierId) {
		this.purchasing.deactivateSupplier(supplierId);
		return ResponseEntity.noContent().build();
	}

}
