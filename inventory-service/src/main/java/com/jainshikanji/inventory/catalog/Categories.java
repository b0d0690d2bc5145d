package com.jainshikanji.inventory.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Categories extends JpaRepository<Category, UUID> {

	Optional<Category> findBySlug(String slug);

	boolean existsBySlug(String slug);

	boolean existsBySlugAndIdNot(String slug, UUID id);

	List<Category> findAllByOrderByDisplayOrderAscNameAsc();

	/**
	 * Loads a category to file a product under, taking the lock the product's foreign key
	 * takes, but before the category is found to exist rather than at the insert: a
	 * deletion of it then waits until the product is saved (and finds it in use), and one
	 * that came first leaves nothing to load.
	 */
	@Query(value = "SELECT * FROM categories WHERE id = :id FOR KEY SHARE", nativeQuery = true)
	Optional<Category> lockToFileUnder(UUID id);

	/**
	 * Loads and locks a category to delete it, so that no product can be filed under it
	 * from when its products are counted until it is gone. {@code FOR UPDATE}, not JPA's
	 * pessimistic write: Hibernate takes that as {@code FOR NO KEY UPDATE}, which does
	 * not keep a foreign key from referencing the row.
	 */
	@Query(value = "SELECT * FROM categories WHERE id = :id FOR UPDATE", nativeQuery = true)
	Optional<Category> lockToDelete(UUID id);

}
