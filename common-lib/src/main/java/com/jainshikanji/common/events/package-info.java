/**
 * The event envelope, its JSON and the topics: what travels between services.
 */
@NullMarked
package com.jainshikanji.common.events;

import org.jspecify.annotations.NullMarked;
