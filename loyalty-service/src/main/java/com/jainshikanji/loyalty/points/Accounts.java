package com.jainshikanji.loyalty.points;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Accounts extends JpaRepository<Account, UUID> {

	/** Opens the customer's account unless it exists; safe under concurrency. */
	@Modifying
	@Query(value = "INSERT INTO loyalty_accounts (customer_id) VALUES (:customerId) ON CONFLICT DO NOTHING",
			nativeQuery = true)
	int open(UUID customerId);

	/** The account, locked until the transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Account a where a.customerId = :customerId")
	Optional<Account> lock(UUID customerId);

}
