/**
 * Rebuilding the facts and rollups by replaying the topics from the beginning.
 */
@NullMarked
package com.jainshikanji.analytics.rebuild;

import org.jspecify.annotations.NullMarked;
