package com.jainshikanji.customer.profile;

import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import com.jainshikanji.common.security.Role;

/**
 * What a service of the platform learns about a user: that they exist, and their roles.
 * Deliberately nothing personal (no name, email, phone or date of birth): a service that
 * only refers to a user has no use for them, so it is never handed them.
 */
@Schema(description = "A user of the platform as another service sees it: the id and roles, nothing personal")
record UserResponse(UUID id, Set<Role> roles) {

	static UserResponse of(Customer user) {
		return new UserResponse(user.id(), user.roles());
	}

}
