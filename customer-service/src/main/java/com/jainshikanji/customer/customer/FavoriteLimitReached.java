package com.jainshikanji.customer.customer;

public class FavoriteLimitReached extends RuntimeException {

	FavoriteLimitReached(int limit) {
		super("At most " + limit + " favorites");
	}

}
