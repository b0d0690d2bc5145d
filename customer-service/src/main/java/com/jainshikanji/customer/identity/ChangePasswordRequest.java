package com.jainshikanji.customer.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A signed-in user's new password, with the current one as proof that the holder of the
 * access token is its owner (a phone left unlocked is not enough).
 */
record ChangePasswordRequest(@NotBlank @Size(max = 1024) String currentPassword,
		@NotNull @ValidPassword String newPassword) {
}
