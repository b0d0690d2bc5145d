/**
 * A local copy of who works at which store as what, kept from the store service's staff
 * events, so assigning a delivery person needs no call to the store service.
 */
@NullMarked
package com.jainshikanji.order.staff;

import org.jspecify.annotations.NullMarked;
