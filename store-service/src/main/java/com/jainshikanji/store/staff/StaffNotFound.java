package com.jainshikanji.store.staff;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** No such staff record at this store. */
@ProblemType(status = HttpStatus.NOT_FOUND, slug = "staff-not-found", title = "Staff member not found")
class StaffNotFound extends RuntimeException {

	StaffNotFound(UUID storeId, UUID staffId) {
		super("No staff record " + staffId + " at store " + storeId);
	}

}
