/**
 * Who may reach whose notifications: the user themselves, or an admin.
 */
@NullMarked
package com.jainshikanji.notification.access;

import org.jspecify.annotations.NullMarked;
