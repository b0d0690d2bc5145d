package com.jainshikanji.store.staff;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface StaffMembers extends JpaRepository<StaffMember, UUID> {

	List<StaffMember> findByStoreIdOrderByActiveDescNameAscIdAsc(UUID storeId);

	Optional<StaffMember> findByIdAndStoreId(UUID id, UUID storeId);

	Optional<StaffMember> findByStoreIdAndUserId(UUID storeId, UUID userId);

	boolean existsByStoreIdAndUserIdAndRoleAndActiveTrue(UUID storeId, UUID userId, StaffRole role);

	/** The next page of every store's staff, by id: those after {@code id}. */
	List<StaffMember> findByIdGreaterThanOrderByIdAsc(UUID id, Limit limit);

	/** The next page of one store's staff, by id: those after {@code id}. */
	List<StaffMember> findByStoreIdAndIdGreaterThanOrderByIdAsc(UUID storeId, UUID id, Limit limit);

}
