package com.jainshikanji.customer.profile;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.jainshikanji.common.security.AuthenticatedUser;

/**
 * Favorite products. Adding and removing are idempotent: repeating one changes nothing.
 */
@RestController
@RequestMapping("/api/v1/customers/{customerId}/favorites")
@Tag(name = "Favorites",
		description = "Favourite products (at most 200); adding and removing are idempotent. Use `me` as the "
				+ "customer id.")
class FavoriteController {

	private final CustomerProfiles profiles;

	private final CustomerAccess access;

	FavoriteController(CustomerProfiles profiles, CustomerAccess access) {
		this.profiles = profiles;
		this.access = access;
	}

	@GetMapping
	@Operation(summary = "List favourite products, oldest first")
	List<FavoriteResponse> favorites(@PathVariable String customerId, @AuthenticationPrincipal AuthenticatedUser user) {
		return this.profiles.favorites(this.access.resolve(customerId, user));
	}

	@PutMapping("/{productId}")
	@Operation(summary = "Mark a product as a favourite",
			description = "A product new to the list must be in the catalog (the inventory service's products; one "
					+ "switched off or outside its ordering window still is, an archived one is not): otherwise 422 "
					+ "`unknown-product` naming `productId`, and 503 `service-unavailable` with Retry-After while the "
					+ "inventory service cannot say. Adding a product that already is a favourite changes nothing and "
					+ "does not ask the catalog again. 409 `favorite-limit-reached` past 200 favourites.")
	ResponseEntity<Void> add(@PathVariable String customerId, @PathVariable UUID productId,
			@AuthenticationPrincipal AuthenticatedUser user) {
		this.profiles.addFavorite(this.access.resolve(customerId, user), productId);
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/{productId}")
	@Operation(summary = "Unmark a favourite")
	ResponseEntity<Void> remove(@PathVariable String customerId, @PathVariable UUID productId,
			@AuthenticationPrincipal AuthenticatedUser user) {
		this.profiles.removeFavorite(this.access.resolve(customerId, user), productId);
		return ResponseEntity.noContent().build();
	}

}
