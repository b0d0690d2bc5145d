/**
 * Canonical paths, security headers, body limits and problem+json answers for everything
 * the gateway refuses.
 */
@NullMarked
package com.jainshikanji.gateway.web;

import org.jspecify.annotations.NullMarked;
