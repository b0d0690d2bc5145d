/**
 * The events the service reacts to, each consumed once, turned into notices with the data
 * their templates need.
 */
@NullMarked
package com.jainshikanji.notification.listener;

import org.jspecify.annotations.NullMarked;
