/**
 * customer-service: the platform's identity provider and the customers' own data.
 */
@NullMarked
package com.jainshikanji.customer;

import org.jspecify.annotations.NullMarked;
