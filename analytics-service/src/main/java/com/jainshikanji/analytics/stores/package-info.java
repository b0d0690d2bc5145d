/**
 * The store directory: each store's name and time zone, from the store service, cached in
 * the database.
 */
@NullMarked
package com.jainshikanji.analytics.stores;

import org.jspecify.annotations.NullMarked;
