package com.jainshikanji.customer.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The token from a verification email. */
record VerifyEmailRequest(@NotBlank @Size(max = 200) String token) {
}
