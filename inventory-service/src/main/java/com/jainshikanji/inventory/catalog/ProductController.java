package com.jainshikanji.inventory.catalog;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.jainshikanji.common.security.AuthenticatedUser;

/**
 * Products. Browsing, reading and pricing are open to everyone (cost prices only to
 * admins); creating, changing and archiving are for admins. Reads carry an ETag and
 * answer a matching {@code If-None-Match} with 304.
 */
@RestController
@RequestMapping("/api/v1/products")
@Tag(name = "Products",
		description = "The menu: browse and search, read a product, price it with options. Open to everyone; "
				+ "admins create, change and archive products.")
class ProductController {

	private final Catalog catalog;

	private final Menu menu;

	ProductController(Catalog catalog, Menu menu) {
		this.catalog = catalog;
		this.menu = menu;
	}

	@GetMapping
	@Operation(summary = "Browse the menu",
			description = "One page of products matching every filter given: free text, category, tags (all of "
					+ "them), dietary flags, spice level, price range, orderable now, in stock at a store. "
					+ "Admins also see cost prices.")
	ResponseEntity<ProductPageResponse> browse(@Valid @ModelAttribute @ParameterObject ProductQuery query,
			@AuthenticationPrincipal @Nullable AuthenticatedUser user) {
		return cacheable(this.menu.browse(query, isAdmin(user)));
	}

	@GetMapping("/{idOrSlug}")
	@Operation(summary = "Read a product", description = "By id or slug, with its customizations.")
	ResponseEntity<ProductResponse> product(@PathVariable @Size(max = 255) String idOrSlug,
			@AuthenticationPrincipal @Nullable AuthenticatedUser user) {
		return cacheable(this.menu.product(idOrSlug, isAdmin(user)));
	}

	@PostMapping("/{productId}/price")
	@Operation(summary = "Price a product with chosen options",
			description = "Base price plus the options' modifiers, times the quantity. A required customization "
					+ "left out takes its default option. A choice the product does not allow is a 422 whose type "
					+ "(and rule) names the rule broken.")
	PriceQuoteResponse price(@PathVariable UUID productId, @Valid @RequestBody PriceRequest request) {
		return this.catalog.price(productId, request);
	}

	@PostMapping
	@Operation(summary = "Create a product", description = "Admins only.")
	ResponseEntity<ProductResponse> create(@Valid @RequestBody ProductRequest request,
			@AuthenticationPrincipal AuthenticatedUser user) {
		ProductResponse product = this.catalog.create(request, user.id());
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{id}")
			.buildAndExpand(product.id())
			.toUri();
		return ResponseEntity.created(location).body(product);
	}

	@PutMapping("/{productId}")
	@Operation(summary = "Change a product",
			description = "Admins only. Replaces everything but ratings and customizations.")
	ProductResponse change(@PathVariable UUID productId, @Valid @RequestBody ProductRequest request) {
		return this.catalog.change(productId, request);
	}

	@DeleteMapping("/{productId}")
	@Operation(summary = "Archive a product",
			description = "Admins only. Gone from the catalog and no longer orderable; kept for stock, purchase "
					+ "orders and reservations that name it.")
	ResponseEntity<Void> archive(@PathVariable UUID productId) {
		this.catalog.archive(productId);
		return ResponseEntity.noContent().build();
	}

	static boolean isAdmin(@Nullable AuthenticatedUser user) {
		return user != null && user.isAdmin();
	}

	/**
	 * Caches may keep the response but must revalidate it (with its ETag) before use;
	 * responses differ by caller (cost prices).
	 */
	static <T> ResponseEntity<T> cacheable(T body) {
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).varyBy(HttpHeaders.AUTHORIZATION).body(body);
	}

}
