/**
 * The gateway's typed configuration.
 */
@NullMarked
package com.jainshikanji.gateway.config;

import org.jspecify.annotations.NullMarked;
