/**
 * Security and persistence configuration.
 */
@NullMarked
package com.jainshikanji.loyalty.config;

import org.jspecify.annotations.NullMarked;
