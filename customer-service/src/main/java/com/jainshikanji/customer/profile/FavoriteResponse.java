package com.jainshikanji.customer.profile;

import java.time.Instant;
import java.util.UUID;

record FavoriteResponse(UUID productId, Instant addedAt) {

	static FavoriteResponse of(Favorite favorite) {
		return new FavoriteResponse(favorite.productId(), favorite.createdAt());
	}

}
