package com.jainshikanji.customer.profile;

import java.util.UUID;

/**
 * Whose data a request reaches, and who is asking.
 *
 * @param id the customer whose data it is
 * @param actorId the authenticated user making the request
 */
record CustomerRef(UUID id, UUID actorId) {

	/**
	 * Whether someone other than the customer (an administrator) acts on their data; such
	 * changes are audited.
	 */
	boolean onBehalf() {
		return !this.id.equals(this.actorId);
	}

}
