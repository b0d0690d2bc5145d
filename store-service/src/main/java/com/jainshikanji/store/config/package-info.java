/**
 * The service's configuration: who may call which endpoint, and which need no token.
 */
@NullMarked
package com.jainshikanji.store.config;

import org.jspecify.annotations.NullMarked;
