package com.jainshikanji.customer.profile;

/** What became of a staff membership event. */
public enum MembershipUpdate {

	/** The user's memberships changed. */
	APPLIED,

	/**
	 * The event was no newer than what is already applied for that store, a late retry or
	 * a duplicate: nothing changed.
	 */
	STALE,

	/**
	 * No such user. User ids are minted here at registration, so no later registration
	 * can ever claim the event: there is nothing to keep it for.
	 */
	UNKNOWN_USER

}
