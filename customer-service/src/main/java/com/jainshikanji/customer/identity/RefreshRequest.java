package com.jainshikanji.customer.identity;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Carries a refresh token, to refresh with or to log out. Web clients in cookie mode send
 * no token here: theirs travels in the {@code __Secure-refresh_token} cookie.
 */
record RefreshRequest(@Nullable @Size(max = 256) String refreshToken) {

	boolean hasToken() {
		return this.refreshToken != null && !this.refreshToken.isBlank();
	}

}
