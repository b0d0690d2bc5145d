package com.jainshikanji.notification.directory;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RecipientRepository extends JpaRepository<Recipient, UUID> {

	@Query("select r.userId from Recipient r order by r.userId")
	List<UUID> allIds();

	@Query("select r.userId from Recipient r where r.loyaltyTier = :tier order by r.userId")
	List<UUID> idsInTier(String tier);

}
