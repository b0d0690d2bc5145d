package com.jainshikanji.notification.device;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Devices extends JpaRepository<Device, UUID> {

	Optional<Device> findByToken(String token);

	List<Device> findByUserIdOrderByRegisteredAtDesc(UUID userId);

	boolean existsByUserId(UUID userId);

	@Modifying
	@Query("delete from Device d where d.token = :token")
	int deleteByToken(String token);

}
