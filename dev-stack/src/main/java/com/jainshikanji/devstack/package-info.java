/**
 * The local launcher behind ./run-local: embedded infrastructure and every service as its
 * own JVM.
 */
@NullMarked
package com.jainshikanji.devstack;

import org.jspecify.annotations.NullMarked;
