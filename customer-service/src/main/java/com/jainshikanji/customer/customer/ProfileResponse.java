package com.jainshikanji.customer.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import com.jainshikanji.common.security.Role;

record ProfileResponse(UUID id, String email, String firstName, String lastName, String displayName, String phone,
		LocalDate dateOfBirth, Gender gender, Set<Role> roles, int loyaltyPoints, LoyaltyTier loyaltyTier,
		boolean emailVerified, boolean phoneVerified, Instant createdAt) {
}
