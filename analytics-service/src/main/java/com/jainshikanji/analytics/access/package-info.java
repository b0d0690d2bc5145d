/**
 * Who may see the figures of which stores: admins every store, a store's managers that
 * store, nobody else.
 */
@NullMarked
package com.jainshikanji.analytics.access;

import org.jspecify.annotations.NullMarked;
