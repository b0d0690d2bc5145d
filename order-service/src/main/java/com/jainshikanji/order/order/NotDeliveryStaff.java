package com.jainshikanji.order.order;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** The user to assign is not an active delivery rider of the order's store. */
@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "not-delivery-staff",
		title = "Not a delivery rider of this store")
class NotDeliveryStaff extends RuntimeException {

	NotDeliveryStaff(UUID userId, UUID storeId) {
		super("User " + userId + " is not an active delivery rider of store " + storeId);
	}

}
