/**
 * The platform's customers as the identity service (customer-service) knows them: whether
 * a customer exists before an admin moves their points.
 */
@NullMarked
package com.jainshikanji.loyalty.customers;

import org.jspecify.annotations.NullMarked;
