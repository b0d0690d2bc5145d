package com.jainshikanji.loyalty.points;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/** A debit larger than the customer's balance: the balance never goes negative. */
@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "insufficient-points", title = "Not enough points")
public class InsufficientPoints extends RuntimeException implements ProblemExtensions {

	private final long requested;

	private final long balance;

	InsufficientPoints(UUID customerId, long requested, long balance) {
		super("Customer " + customerId + " has " + balance + " points, " + requested + " asked");
		this.requested = requested;
		this.balance = balance;
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("requested", this.requested, "balance", this.balance);
	}

}
