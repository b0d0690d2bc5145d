package com.jainshikanji.customer.identity;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.jainshikanji.common.security.AccessTokenClaims;
import com.jainshikanji.common.security.Role;
import com.jainshikanji.customer.profile.Account;

/**
 * What a user may do, as their access tokens say it: roles
 * ({@value AccessTokenClaims#ROLES}), and for staff the stores they work at
 * ({@value AccessTokenClaims#STORE_IDS}) and their job at each
 * ({@value AccessTokenClaims#STORE_JOBS}), in order. The gateway is told the same when it
 * changes ({@link EndedSessions.AccessChanged}), and compares them with a token's.
 *
 * @param storeJobs the job at each store the account works at where one is known, by
 * store id; a store left out allows no store duty there
 */
record AccessClaims(List<String> roles, List<String> storeIds, Map<String, String> storeJobs) {

	static AccessClaims of(Account account) {
		Map<String, String> jobs = new TreeMap<>();
		account.storeJobs().forEach((store, job) -> jobs.put(store.toString(), job.name()));
		return new AccessClaims(account.roles().stream().map(Role::name).sorted().toList(),
				account.storeIds().stream().map(Object::toString).sorted().toList(), jobs);
	}

}
