package com.jainshikanji.customer.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A service's client credentials.
 *
 * @param clientId e.g. {@code order-service}
 * @param clientSecret its secret
 */
record ServiceTokenRequest(@NotBlank @Size(max = 100) String clientId, @NotBlank @Size(max = 200) String clientSecret) {
}
