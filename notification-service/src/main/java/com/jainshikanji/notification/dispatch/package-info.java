/**
 * Dispatch: one notice for one person becomes at most one notification per channel,
 * within the templates, their preferences and what can reach them.
 */
@NullMarked
package com.jainshikanji.notification.dispatch;

import org.jspecify.annotations.NullMarked;
