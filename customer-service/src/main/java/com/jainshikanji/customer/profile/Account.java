package com.jainshikanji.customer.profile;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jainshikanji.common.security.Role;
import com.jainshikanji.common.security.StaffJob;

/**
 * What the identity feature needs to know about an account to authenticate it and issue
 * its tokens.
 *
 * @param storeIds for staff, the stores they work at
 * @param storeJobs for staff, their job at each of those stores where one is known; a
 * store without one allows no store duty there
 * @param emailVerified whether the owner proved the email address is theirs
 */
public record Account(UUID id, String email, String passwordHash, String firstName, Set<Role> roles, Set<UUID> storeIds,
		Map<UUID, StaffJob> storeJobs, boolean active, boolean emailVerified) {
}
