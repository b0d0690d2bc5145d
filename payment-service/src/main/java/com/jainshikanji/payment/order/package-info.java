/**
 * What this service knows of orders, as the order service announced them: who may pay,
 * how much, until when.
 */
@NullMarked
package com.jainshikanji.payment.order;

import org.jspecify.annotations.NullMarked;
