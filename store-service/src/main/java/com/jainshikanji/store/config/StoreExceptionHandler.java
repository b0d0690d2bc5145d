package com.jainshikanji.store.config;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

import com.jainshikanji.common.web.ProblemDetailsAdvice;
import com.jainshikanji.common.web.ProblemTypes;
import com.jainshikanji.common.web.Problems;
import com.jainshikanji.store.delivery.DeliveryZoneNotFound;
import com.jainshikanji.store.staff.StaffAlreadyAssigned;
import com.jainshikanji.store.staff.StaffNotFound;
import com.jainshikanji.store.store.StoreNotFound;
import com.jainshikanji.store.store.StoreSlugTaken;

/** The service's domain exceptions as problems; everything generic is inherited. */
@RestControllerAdvice
class StoreExceptionHandler extends ProblemDetailsAdvice {

	@ExceptionHandler(StoreNotFound.class)
	ResponseEntity<Object> storeNotFound(StoreNotFound ex, WebRequest request) {
		return problem(Problems.of(HttpStatus.NOT_FOUND, ProblemTypes.of("store-not-found"), "Store not found",
				ex.getMessage()), request);
	}

	@ExceptionHandler(StoreSlugTaken.class)
	ResponseEntity<Object> slugTaken(StoreSlugTaken ex, WebRequest request) {
		return problem(Problems.of(HttpStatus.CONFLICT, ProblemTypes.of("store-slug-taken"), "Store slug taken",
				ex.getMessage()), request);
	}

	@ExceptionHandler(StaffNotFound.class)
	ResponseEntity<Object> staffNotFound(StaffNotFound ex, WebRequest request) {
		return problem(Problems.of(HttpStatus.NOT_FOUND, ProblemTypes.of("staff-not-found"), "Staff member not found",
				ex.getMessage()), request);
	}

	@ExceptionHandler(StaffAlreadyAssigned.class)
	ResponseEntity<Object> staffAlreadyAssigned(StaffAlreadyAssigned ex, WebRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, ProblemTypes.of("staff-already-assigned"),
				"Staff member already assigned", ex.getMessage());
		problem.setProperty("staffId", ex.staffId());
		return problem(problem, request);
	}

	@ExceptionHandler(DeliveryZoneNotFound.class)
	ResponseEntity<Object> zoneNotFound(DeliveryZoneNotFound ex, WebRequest request) {
		return problem(Problems.of(HttpStatus.NOT_FOUND, ProblemTypes.of("delivery-zone-not-found"),
				"Delivery zone not found", ex.getMessage()), request);
	}

}
