/**
 * Who works at which store, and as what; every change of membership is published
 * (StaffAssigned, StaffUnassigned) so the identity service can put the user's stores into
 * their tokens.
 */
@NullMarked
package com.jainshikanji.store.staff;

import org.jspecify.annotations.NullMarked;
