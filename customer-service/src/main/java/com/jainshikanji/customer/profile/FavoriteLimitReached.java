package com.jainshikanji.customer.profile;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

@ProblemType(status = HttpStatus.CONFLICT, slug = "favorite-limit-reached", title = "Favorite limit reached")
class FavoriteLimitReached extends RuntimeException {

	FavoriteLimitReached(int limit) {
		super("At most " + limit + " favorites");
	}

}
