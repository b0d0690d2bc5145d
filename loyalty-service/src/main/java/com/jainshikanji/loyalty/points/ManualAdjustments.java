package com.jainshikanji.loyalty.points;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import com.jainshikanji.loyalty.customers.CustomerClient;

/**
 * An admin's manual adjustments, of customers who exist. This service learns of a
 * customer only when their points first move (their account is opened then, by an order,
 * a checkout or an adjustment; it does not consume {@code CustomerRegistered}), so a
 * missing account says nothing: a customer who registered yesterday and never ordered has
 * none, and may well be owed a goodwill credit. Whether the customer exists is asked of
 * the identity service (customer-service), which knows every user, every time: an account
 * alone proves nothing either, since adjustments opened accounts for any id before they
 * were checked. It is asked before the ledger's transaction, so no lock or connection is
 * held while it answers; an unknown customer is refused (422 {@code unknown-customer}),
 * and so is every adjustment while the customer service cannot say (503
 * {@code service-unavailable}): no points move then.
 */
@Service
class ManualAdjustments {

	private final CustomerClient customers;

	private final PointsLedger ledger;

	ManualAdjustments(CustomerClient customers, PointsLedger ledger) {
		this.customers = customers;
		this.ledger = ledger;
	}

	/**
	 * @param requestKey the request's Idempotency-Key, if it had one
	 * @return whether the request was a repeat under its key
	 */
	boolean adjust(Adjustment adjustment, @Nullable String requestKey) {
		this.customers.requireCustomer(adjustment.customerId());
		return this.ledger.adjust(adjustment, requestKey);
	}

}
