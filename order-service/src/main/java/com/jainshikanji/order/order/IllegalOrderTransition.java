package com.jainshikanji.order.order;

import java.util.Map;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * An order asked to move to a status it cannot reach from where it is. The problem names
 * both, as {@code currentStatus} and {@code requestedStatus} ({@code status} is the
 * problem's HTTP status).
 */
@ProblemType(status = HttpStatus.CONFLICT, slug = "illegal-order-transition", title = "Illegal order transition")
class IllegalOrderTransition extends RuntimeException implements ProblemExtensions {

	private final OrderStatus from;

	private final OrderStatus to;

	IllegalOrderTransition(String orderNumber, OrderStatus from, OrderStatus to, String why) {
		super("Order " + orderNumber + " is " + from + " and cannot become " + to + ": " + why);
		this.from = from;
		this.to = to;
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("currentStatus", this.from.code(), "requestedStatus", this.to.code());
	}

}
