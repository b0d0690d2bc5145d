/**
 * Resource-server security every service applies: token verification, public endpoints,
 * problems for refusals.
 */
@NullMarked
package com.jainshikanji.common.security;

import org.jspecify.annotations.NullMarked;
