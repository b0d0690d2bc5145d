/**
 * The platform's front door: a reactive Spring Cloud Gateway in front of every service.
 */
@NullMarked
package com.jainshikanji.gateway;

import org.jspecify.annotations.NullMarked;
