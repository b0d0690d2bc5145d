/**
 * A test token issuer whose keys services fetch like the real ones.
 */
@NullMarked
package com.jainshikanji.testsupport.security;

import org.jspecify.annotations.NullMarked;
