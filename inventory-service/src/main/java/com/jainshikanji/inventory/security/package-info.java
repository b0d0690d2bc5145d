/** Which stores a caller may run: the per-request half of access control. */
@NullMarked
package com.jainshikanji.inventory.security;

import org.jspecify.annotations.NullMarked;
