package com.jainshikanji.inventory.catalog;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import com.jainshikanji.inventory.catalog.MenuCache.CategoryList;
import com.jainshikanji.inventory.catalog.MenuCache.Customizations;
import com.jainshikanji.inventory.catalog.MenuCache.OneCategory;
import com.jainshikanji.inventory.catalog.MenuCache.OneProduct;
import com.jainshikanji.inventory.catalog.MenuCache.Page;

/**
 * The menu as customers read it: from the {@link MenuCache}, and from the {@link Catalog}
 * when it has no entry. Admins always read the catalog: they see cost prices, and what
 * they have just changed.
 */
@Service
class Menu {

	private final Catalog catalog;

	private final MenuCache cache;

	Menu(Catalog catalog, MenuCache cache) {
		this.catalog = catalog;
		this.cache = cache;
	}

	ProductPageResponse browse(ProductQuery query, boolean admin) {
		return admin ? this.catalog.browse(query, true)
				: this.cache.get(new Page(query), () -> this.catalog.browse(query, false));
	}

	ProductResponse product(String idOrSlug, boolean admin) {
		return admin ? this.catalog.product(idOrSlug, true)
				: this.cache.get(new OneProduct(idOrSlug), () -> this.catalog.product(idOrSlug, false));
	}

	List<CustomizationResponse> customizations(UUID productId) {
		return this.cache.get(new Customizations(productId), () -> this.catalog.customizations(productId));
	}

	List<CategoryResponse> categories() {
		return this.cache.get(new CategoryList(), this.catalog::categories);
	}

	CategoryResponse category(String idOrSlug) {
		return this.cache.get(new OneCategory(idOrSlug), () -> this.catalog.category(idOrSlug));
	}

}
