package com.jainshikanji.notification.delivery;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

@ProblemType(status = HttpStatus.NOT_FOUND, slug = "delivery-not-found", title = "Delivery not found")
class DeliveryNotFound extends RuntimeException {

	DeliveryNotFound(UUID id) {
		super("There is no delivery " + id);
	}

}
