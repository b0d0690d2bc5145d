/**
 * Which stores a caller may run, and what their job there lets them change: the
 * per-request half of access control.
 */
@NullMarked
package com.jainshikanji.inventory.security;

import org.jspecify.annotations.NullMarked;
