/**
 * The customer service as order placement uses it, with the customer's own token: the
 * customer's contact details and the saved address an order goes to.
 */
@NullMarked
package com.jainshikanji.order.customer;

import org.jspecify.annotations.NullMarked;
