package com.jainshikanji.store.staff;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * The user already has a staff record at this store; change that record (e.g. to
 * reactivate it) instead of adding another. The problem names it as {@code staffId}.
 */
@ProblemType(status = HttpStatus.CONFLICT, slug = "staff-already-assigned", title = "Staff member already assigned")
class StaffAlreadyAssigned extends RuntimeException implements ProblemExtensions {

	private final UUID staffId;

	StaffAlreadyAssigned(UUID userId, UUID storeId, UUID staffId) {
		super("User " + userId + " already has staff record " + staffId + " at store " + storeId);
		this.staffId = staffId;
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("staffId", this.staffId);
	}

}
