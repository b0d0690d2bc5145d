/**
 * Customers as accounts and profiles: the {@code Customer} aggregate with its address
 * book, preferences, favorites and store memberships, the self-service API over it, and
 * {@code CustomerAccounts}, the identity feature's way in.
 */
@NullMarked
package com.jainshikanji.customer.profile;

import org.jspecify.annotations.NullMarked;
