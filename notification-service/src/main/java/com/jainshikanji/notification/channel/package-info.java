/**
 * The channels' providers: SMTP for email, an SMS API, Firebase Cloud Messaging for push,
 * and logging stand-ins for SMS and push when none is configured.
 */
@NullMarked
package com.jainshikanji.notification.channel;

import org.jspecify.annotations.NullMarked;
