package com.jainshikanji.customer.profile;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Addresses",
		description = "Delivery addresses (at most 20), exactly one of them the default. Use `me` as the customer id.")
class AddressController {

	private final CustomerProfiles profiles;

	private final CustomerAccess access;

	AddressController(CustomerProfiles profiles, CustomerAccess access) {
		this.profiles = profiles;
		this.access = access;
	}

	@GetMapping
	@Operation(summary = "List addresses, oldest first")
	List<AddressResponse> addresses(@PathVariable String customerId, @AuthenticationPrincipal AuthenticatedUser user) {
		return this.profiles.addresses(this.access.resolve(customerId, user));
	}

	@GetMapping("/{addressId}")
	@Operation(summary = "Read one address")
	AddressResponse address(@PathVariable String customerId, @PathVariable UUID addressId,
			@AuthenticationPrincipal AuthenticatedUser user) {
		return this.profiles.address(this.access.resolve(customerId, user), addressId);
	}

	@PostMapping
	@Operation(summary = "Add an address",
			description = "The first address always becomes the default; `isDefault: true` moves the default to "
					+ "the new one.")
	ResponseEntity<AddressResponse> add(@PathVariable String customerId, @Valid @RequestBody AddressRequest request,
			@AuthenticationPrincipal AuthenticatedUser user) {
		AddressResponse address = this.profiles.addAddress(this.access.resolve(customerId, user), request.toDetails(),
				request.makeDefault());
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{addressId}")
			.buildAndExpand(address.id())
			.toUri();
		return ResponseEntity.created(location).body(address);
	}

	@PutMapping("/{addressId}")
	@Operation(summary = "Replace an address",
			description = "`isDefault` left out keeps the address's default flag; `isDefault: true` moves the "
					+ "default here; `isDefault: false` on the current default is refused (409): make another "
					+ "address the default instead.")
	AddressResponse change(@PathVariable String customerId, @PathVariable UUID addressId,
			@Valid @RequestBody AddressRequest request, @AuthenticationPrincipal AuthenticatedUser user) {
		return this.profiles.changeAddress(this.access.resolve(customerId, user), addressId, request.toDetails(),
				request.defaultChoice());
	}

	@DeleteMapping("/{addressId}")
	@Operation(summary = "Remove an address",
			description = "If it was the default, the most recently added remaining address becomes the default.")
	ResponseEntity<Void> remove(@PathVariable String customerId, @PathVariable UUID addressId,
			@AuthenticationPrincipal AuthenticatedUser user) {
		this.profiles.removeAddress(this.access.resolve(customerId, user), addressId);
		return ResponseEntity.noContent().build();
	}

}
