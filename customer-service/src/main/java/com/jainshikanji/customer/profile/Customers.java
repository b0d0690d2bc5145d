package com.jainshikanji.customer.profile;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Customers extends JpaRepository<Customer, UUID> {

	Optional<Customer> findByEmail(String email);

	boolean existsByEmail(String email);

	boolean existsByPhone(String phone);

	boolean existsByPhoneAndIdNot(String phone, UUID id);

	/**
	 * Notes a login in one statement that leaves the aggregate's version alone: logins on
	 * several devices at once, or during an edit, must not conflict.
	 */
	@Modifying
	@Query(value = "UPDATE customers SET last_login_at = :at WHERE id = :id", nativeQuery = true)
	int recordLogin(UUID id, Instant at);

}
