package com.jainshikanji.common.security;

import org.jspecify.annotations.Nullable;

/**
 * A staff member's job at one store, as the store service assigns it and the access token
 * carries it ({@code store_jobs}). What each job may do at its store is
 * {@link StoreDuty}'s to say.
 */
public enum StaffJob {

	MANAGER, CHEF, CASHIER, DELIVERY, SUPPORT;

	/**
	 * The job of exactly this name (as tokens and store events spell it), or {@code null}
	 * for anything else: an unknown job allows no duty rather than failing the caller.
	 */
	public static @Nullable StaffJob named(@Nullable Object name) {
		for (StaffJob job : values()) {
			if (job.name().equals(name)) {
				return job;
			}
		}
		return null;
	}

}
