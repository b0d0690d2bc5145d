/**
 * RFC 9457 problems for every error a servlet service can meet, and the request hygiene
 * around them; and which failures of its database or of another service make a request a
 * 503.
 */
@NullMarked
package com.jainshikanji.common.web;

import org.jspecify.annotations.NullMarked;
