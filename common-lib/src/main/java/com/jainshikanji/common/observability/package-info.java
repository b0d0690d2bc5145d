/**
 * What operators watch a service by: probes and the health of what readiness depends on.
 */
@NullMarked
package com.jainshikanji.common.observability;

import org.jspecify.annotations.NullMarked;
