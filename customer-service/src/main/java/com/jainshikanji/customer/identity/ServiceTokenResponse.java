package com.jainshikanji.customer.identity;

/**
 * A service token.
 *
 * @param accessToken the token, role SERVICE
 * @param tokenType always {@code Bearer}
 * @param expiresIn its lifetime in seconds
 */
record ServiceTokenResponse(String accessToken, String tokenType, long expiresIn) {
}
