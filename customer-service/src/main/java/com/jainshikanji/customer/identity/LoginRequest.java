package com.jainshikanji.customer.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record LoginRequest(@NotBlank @Size(max = 255) String email, @NotBlank @Size(max = 1024) String password) {
}
