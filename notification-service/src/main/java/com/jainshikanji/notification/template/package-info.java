/**
 * Templates per kind of notification and channel: stored, edited by admins, tried on
 * sample data before they are accepted, and rendered with each notification's data.
 */
@NullMarked
package com.jainshikanji.notification.template;

import org.jspecify.annotations.NullMarked;
