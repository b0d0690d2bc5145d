/**
 * Who may pass: access-token verification, open and admin paths, CORS and the client's
 * real address.
 */
@NullMarked
package com.jainshikanji.gateway.security;

import org.jspecify.annotations.NullMarked;
