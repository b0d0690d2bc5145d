/**
 * Money going back: refunds asked for by staff, and refunds owed because money came in
 * for a cancelled order, never more than was captured.
 */
@NullMarked
package com.jainshikanji.payment.refund;

import org.jspecify.annotations.NullMarked;
