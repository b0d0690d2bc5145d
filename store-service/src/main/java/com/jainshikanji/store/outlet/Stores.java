package com.jainshikanji.store.outlet;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Stores extends JpaRepository<Store, UUID> {

	boolean existsBySlug(String slug);

	boolean existsBySlugAndIdNot(String slug, UUID id);

	/**
	 * Stores in a city (any case) and with an active flag; a {@code null} filter matches
	 * all.
	 */
	@Query("""
			select s from Store s
			where (:city is null or lower(s.address.city) = lower(cast(:city as string)))
			and (:active is null or s.active = :active)
			""")
	Page<Store> search(@Param("city") @Nullable String city, @Param("active") @Nullable Boolean active,
			Pageable pageable);

}
