package com.jainshikanji.store.delivery;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DeliveryZones extends JpaRepository<DeliveryZone, UUID> {

	List<DeliveryZone> findByStoreIdOrderByNameAscIdAsc(UUID storeId);

	Optional<DeliveryZone> findByIdAndStoreId(UUID id, UUID storeId);

	/**
	 * The store's active zones listing the (normalized) postal code; uses the GIN index.
	 */
	@Query(value = """
			SELECT * FROM delivery_zones
			WHERE store_id = :storeId AND is_active AND postal_codes @> ARRAY[CAST(:postalCode AS text)]
			""", nativeQuery = true)
	List<DeliveryZone> findActiveCovering(@Param("storeId") UUID storeId, @Param("postalCode") String postalCode);

}
