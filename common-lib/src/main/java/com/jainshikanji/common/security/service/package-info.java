/**
 * Service tokens: a service's own client credentials traded for short-lived SERVICE
 * tokens.
 */
@NullMarked
package com.jainshikanji.common.security.service;

import org.jspecify.annotations.NullMarked;
