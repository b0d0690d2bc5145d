/**
 * The analytics service, by feature: facts kept from the platform's events, rollups
 * derived from them, the store directory and the roster of managers, who may see which
 * store, the reports, the apps' funnel events, and rebuilding everything from the topics.
 */
@NullMarked
package com.jainshikanji.analytics;

import org.jspecify.annotations.NullMarked;
