/** Signed webhooks to the payment service: in order or not, with a duplicate. */
@NullMarked
package com.jainshikanji.sandbox.webhook;

import org.jspecify.annotations.NullMarked;
