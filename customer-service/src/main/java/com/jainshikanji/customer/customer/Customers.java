package com.jainshikanji.customer.customer;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Customers extends JpaRepository<Customer, UUID> {

	Optional<Customer> findByEmail(String email);

	boolean existsByEmail(String email);

	boolean existsByPhone(String phone);

	boolean existsByPhoneAndIdNot(String phone, UUID id);

}
