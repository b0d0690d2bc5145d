package com.jainshikanji.inventory.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Products extends JpaRepository<Product, UUID> {

	Optional<Product> findBySlug(String slug);

	boolean existsBySlug(String slug);

	boolean existsBySlugAndIdNot(String slug, UUID id);

	boolean existsBySku(String sku);

	boolean existsBySkuAndIdNot(String sku, UUID id);

	/** How many products on the menu (not archived) the category holds. */
	long countByCategoryAndArchivedAtIsNull(Category category);

	List<Product> findByCategoryAndArchivedAtIsNotNull(Category category);

	/**
	 * The products with their category, if they have one (archived products may not).
	 */
	@Query("select p from Product p left join fetch p.category where p.id in :ids")
	List<Product> findWithCategory(Collection<UUID> ids);

	@Query("select p.id, p.name from Product p where p.id in :ids and p.archivedAt is null")
	List<Object[]> namesOfActive(Collection<UUID> ids);

}
