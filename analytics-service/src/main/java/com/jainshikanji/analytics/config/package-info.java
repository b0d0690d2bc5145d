/**
 * The service's configuration: who may call what, the store service's client, the
 * dashboard page.
 */
@NullMarked
package com.jainshikanji.analytics.config;

import org.jspecify.annotations.NullMarked;
