package com.jainshikanji.customer.profile;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Customers extends JpaRepository<Customer, UUID> {

	Optional<Customer> findByEmail(String email);

	boolean existsByEmail(String email);

	/**
	 * Phones are compared as stored, in E.164: pass {@link PhoneNumber#e164()}, never the
	 * text a client wrote.
	 */
	boolean existsByPhone(String phone);

	boolean existsByPhoneAndIdNot(String phone, UUID id);

	/** Whether the product is one of the customer's favourites, without loading them. */
	@Query("select count(f) > 0 from Customer c join c.favorites f where c.id = :id and f.productId = :productId")
	boolean hasFavorite(UUID id, UUID productId);

	/**
	 * The users whose access changed after the instant (a partial index holds only those
	 * whose access ever did).
	 */
	List<Customer> findByAccessChangedAtAfter(Instant since);

	/** The customer, locked until the transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Customer c where c.id = :id")
	Optional<Customer> lock(UUID id);

	/**
	 * Notes a login in one statement that leaves the aggregate's version alone: logins on
	 * several devices at once, or during an edit, must not conflict.
	 */
	@Modifying
	@Query(value = "UPDATE customers SET last_login_at = :at WHERE id = :id", nativeQuery = true)
	int recordLogin(UUID id, Instant at);

}
