package com.jainshikanji.customer.customer;

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

/**
 * A customer's address book, with exactly one default address whenever it is not empty.
 */
@RestController
@RequestMapping("/api/v1/customers/{customerId}/addresses")
class AddressController {

	private final CustomerProfiles profiles;

	private final CustomerAccess access;

	AddressController(CustomerProfiles profiles, CustomerAccess access) {
		this.profiles = profiles;
		this.access = access;
	}

	@GetMapping
	List<AddressResponse> addresses(@PathVariable String customerId, @AuthenticationPrincipal AuthenticatedUser user) {
		return this.profiles.addresses(this.access.resolve(customerId, user));
	}

	@GetMapping("/{addressId}")
	AddressResponse address(@PathVariable String customerId, @PathVariable UUID addressId,
			@AuthenticationPrincipal AuthenticatedUser user) {
		return this.profiles.address(this.access.resolve(customerId, user), addressId);
	}

	@PostMapping
	ResponseEntity<AddressResponse> add(@PathVariable String customerId, @Valid @RequestBody AddressRequest request,
			@AuthenticationPrincipal AuthenticatedUser user) {
		AddressResponse address = this.profiles.addAddress(this.access.resolve(customerId, user), request);
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{addressId}")
			.buildAndExpand(address.id())
			.toUri();
		return ResponseEntity.created(location).body(address);
	}

	@PutMapping("/{addressId}")
	AddressResponse change(@PathVariable String customerId, @PathVariable UUID addressId,
			@Valid @RequestBody AddressRequest request, @AuthenticationPrincipal AuthenticatedUser user) {
		return this.profiles.changeAddress(this.access.resolve(customerId, user), addressId, request);
	}

	@DeleteMapping("/{addressId}")
	ResponseEntity<Void> remove(@PathVariable String customerId, @PathVariable UUID addressId,
			@AuthenticationPrincipal AuthenticatedUser user) {
		this.profiles.removeAddress(this.access.resolve(customerId, user), addressId);
		return ResponseEntity.noContent().build();
	}

}
