/**
 * Per-minute request budgets per client address, user and admin, kept in Redis.
 */
@NullMarked
package com.jainshikanji.gateway.ratelimit;

import org.jspecify.annotations.NullMarked;
