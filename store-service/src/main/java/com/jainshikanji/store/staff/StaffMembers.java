package com.jainshikanji.store.staff;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface StaffMembers extends JpaRepository<StaffMember, UUID> {

	List<StaffMember> findByStoreIdOrderByActiveDescNameAscIdAsc(UUID storeId);

	Optional<StaffMember> findByIdAndStoreId(UUID id, UUID storeId);

	Optional<StaffMember> findByStoreIdAndUserId(UUID storeId, UUID userId);

	boolean existsByStoreIdAndUserIdAndRoleAndActiveTrue(UUID storeId, UUID userId, StaffRole role);

}
