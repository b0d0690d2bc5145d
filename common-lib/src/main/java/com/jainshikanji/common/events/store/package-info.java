/**
 * Events the store service publishes about who works where.
 */
@NullMarked
package com.jainshikanji.common.events.store;

import org.jspecify.annotations.NullMarked;
