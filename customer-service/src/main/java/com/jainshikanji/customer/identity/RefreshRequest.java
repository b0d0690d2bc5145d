package com.jainshikanji.customer.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Carries a refresh token, to refresh with or to log out. */
record RefreshRequest(@NotBlank @Size(max = 256) String refreshToken) {
}
