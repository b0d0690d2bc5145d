package com.jainshikanji.customer.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.security.Role;

record ProfileResponse(UUID id, String email, String firstName, @Nullable String lastName, @Nullable String displayName,
		@Nullable String phone, @Nullable LocalDate dateOfBirth, @Nullable Gender gender, Set<Role> roles,
		int loyaltyPoints, LoyaltyTier loyaltyTier, boolean emailVerified, boolean phoneVerified, Instant createdAt) {
}
