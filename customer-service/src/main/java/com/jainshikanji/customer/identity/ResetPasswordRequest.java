package com.jainshikanji.customer.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The token from a password reset email and the new password. */
record ResetPasswordRequest(@NotBlank @Size(max = 200) String token, @NotNull @ValidPassword String newPassword) {
}
