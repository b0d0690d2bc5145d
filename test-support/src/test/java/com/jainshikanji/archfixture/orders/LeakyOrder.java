package com.jainshikanji.archfixture.orders;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import com.jainshikanji.archfixture.billing.Invoice;

/** Breaks the rules on purpose: a public entity that depends on another feature. */
@Entity
public class LeakyOrder {

	@Id
	Long id;

	Invoice invoice;

}
