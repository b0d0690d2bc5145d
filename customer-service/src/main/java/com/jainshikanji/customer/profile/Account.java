package com.jainshikanji.customer.profile;

import java.util.Set;
import java.util.UUID;

import com.jainshikanji.common.security.Role;

/**
 * What the identity feature needs to know about an account to authenticate it and issue
 * its tokens.
 *
 * @param storeIds for staff, the stores they work at
 * @param emailVerified whether the owner proved the email address is theirs
 */
public record Account(UUID id, String email, String passwordHash, String firstName, Set<Role> roles, Set<UUID> storeIds,
		boolean active, boolean emailVerified) {
}
