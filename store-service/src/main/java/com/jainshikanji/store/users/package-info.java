/**
 * The platform's users as the identity service (customer-service) knows them: whether a
 * user exists before the store service refers to them.
 */
@NullMarked
package com.jainshikanji.store.users;

import org.jspecify.annotations.NullMarked;
