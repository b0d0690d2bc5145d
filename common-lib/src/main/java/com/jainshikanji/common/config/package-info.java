/**
 * Platform defaults every service gets: properties, the clock, common-lib's schemas.
 */
@NullMarked
package com.jainshikanji.common.config;

import org.jspecify.annotations.NullMarked;
