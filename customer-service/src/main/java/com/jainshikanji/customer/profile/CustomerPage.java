package com.jainshikanji.customer.profile;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.security.Role;

/**
 * A page of accounts, newest first.
 *
 * @param items the accounts on this page
 * @param page this page's number, from 0
 * @param size the page size asked for
 * @param totalItems how many accounts match in all
 */
record CustomerPage(List<Summary> items, int page, int size, long totalItems) {

	/** What support needs to tell accounts apart and act on one. */
	record Summary(UUID id, String email, String firstName, @Nullable String lastName, @Nullable String phone,
			Set<Role> roles, boolean active, boolean emailVerified, LoyaltyTier loyaltyTier, Instant createdAt,
			@Nullable Instant lastLoginAt) {
	}

}
