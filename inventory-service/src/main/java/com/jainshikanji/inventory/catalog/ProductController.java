package com.jainshikanji.inventory.catalog;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

import com.jainshikanji.common.security.AuthenticatedUser;

/**
 * Products. Browsing, reading and pricing are open to everyone (cost prices only to
 * admins); creating, changing and archiving are for admins. Reads carry an ETag and
 * answer a matching {@code If-None-Match} with 304.
 */
@RestController
@RequestMapping("/api/v1/products")
class ProductController {

	static final int MAX_PAGE_SIZE = 100;

	private final Catalog catalog;

	ProductController(Catalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * One page of products matching every filter given.
	 * @param tag only products with all of these tags (repeat the parameter)
	 * @param available only products that can (or cannot) be ordered now
	 * @param inStockAt only products with stock available at this store
	 */
	@GetMapping
	ResponseEntity<ProductPageResponse> browse(@RequestParam(required = false) @Size(max = 200) String q,
			@RequestParam(required = false) @Size(max = 100) String category,
			@RequestParam(required = false) @Size(max = 100) String subcategory,
			@RequestParam(required = false) @Size(max = 10) List<@Size(max = 50) String> tag,
			@RequestParam(required = false) Boolean jain, @RequestParam(required = false) Boolean veg,
			@RequestParam(required = false) Boolean vegan, @RequestParam(required = false) Boolean glutenFree,
			@RequestParam(required = false) Boolean nutFree, @RequestParam(required = false) SpiceLevel spiceLevel,
			@RequestParam(required = false) @DecimalMin("0") BigDecimal minPrice,
			@RequestParam(required = false) @DecimalMin("0") BigDecimal maxPrice,
			@RequestParam(required = false) Boolean available, @RequestParam(required = false) Boolean featured,
			@RequestParam(required = false) UUID inStockAt,
			@RequestParam(defaultValue = "relevance") @Pattern(regexp = ProductSort.WIRE_NAMES,
					message = ProductSort.MESSAGE) String sort,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size,
			@AuthenticationPrincipal AuthenticatedUser user) {
		ProductFilter filter = new ProductFilter(q, category, subcategory, tag, jain, veg, vegan, glutenFree, nutFree,
				spiceLevel, minPrice, maxPrice, available, featured, inStockAt, ProductSort.of(sort), page, size);
		return cacheable(this.catalog.browse(filter, isAdmin(user)));
	}

	/** A product by id or slug. */
	@GetMapping("/{idOrSlug}")
	ResponseEntity<ProductResponse> product(@PathVariable @Size(max = 255) String idOrSlug,
			@AuthenticationPrincipal AuthenticatedUser user) {
		return cacheable(this.catalog.product(idOrSlug, isAdmin(user)));
	}

	/**
	 * Prices a product with chosen options; a choice the product does not allow is a 422
	 * naming the rule.
	 */
	@PostMapping("/{productId}/price")
	PriceQuoteResponse price(@PathVariable UUID productId, @Valid @RequestBody PriceRequest request) {
		return this.catalog.price(productId, request);
	}

	@PostMapping
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
	ProductResponse change(@PathVariable UUID productId, @Valid @RequestBody ProductRequest request) {
		return this.catalog.change(productId, request);
	}

	/** Archives the product: gone from the catalog, kept for history. */
	@DeleteMapping("/{productId}")
	ResponseEntity<Void> archive(@PathVariable UUID productId) {
		this.catalog.archive(productId);
		return ResponseEntity.noContent().build();
	}

	static boolean isAdmin(AuthenticatedUser user) {
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
