/**
 * Service tokens: a service's own client credentials traded for short-lived SERVICE
 * tokens; and the identity service's users, which a service asks about with them.
 */
@NullMarked
package com.jainshikanji.common.security.service;

import org.jspecify.annotations.NullMarked;
