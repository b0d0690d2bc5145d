package com.jainshikanji.common.security;

/**
 * A staff member's job at one store, as the store service assigns it and the access token
 * carries it ({@code store_jobs}). What each job may do at its store is
 * {@link StoreDuty}'s to say.
 */
public enum StaffJob {

	MANAGER, CHEF, CASHIER, DELIVERY, SUPPORT

}
