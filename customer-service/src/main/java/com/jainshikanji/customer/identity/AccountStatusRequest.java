package com.jainshikanji.customer.identity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Whether an account may be used, and why an administrator decided so (kept in the audit
 * log).
 */
record AccountStatusRequest(@NotNull Boolean active, @Size(max = 500) @Nullable String reason) {
}
