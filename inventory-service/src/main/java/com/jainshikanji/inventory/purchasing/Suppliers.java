package com.jainshikanji.inventory.purchasing;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Suppliers extends JpaRepository<Supplier, UUID> {

	List<Supplier> findAllByOrderByNameAsc();

	List<Supplier> findByActiveOrderByNameAsc(boolean active);

}
