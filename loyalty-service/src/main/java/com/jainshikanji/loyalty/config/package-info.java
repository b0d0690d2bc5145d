/**
 * Security and persistence configuration, and the client of the customer service.
 */
@NullMarked
package com.jainshikanji.loyalty.config;

import org.jspecify.annotations.NullMarked;
