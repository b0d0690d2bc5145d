package com.jainshikanji.inventory.purchasing;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PurchaseOrders extends JpaRepository<PurchaseOrder, UUID> {

	/** Loads and locks a purchase order, so its transitions happen one at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from PurchaseOrder p where p.id = :id")
	Optional<PurchaseOrder> lockById(UUID id);

	Page<PurchaseOrder> findByStoreId(UUID storeId, Pageable pageable);

	Page<PurchaseOrder> findByStoreIdAndStatus(UUID storeId, PurchaseOrderStatus status, Pageable pageable);

}
