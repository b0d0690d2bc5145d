/**
 * The sandbox's money in memory: orders, payments and refunds, and their Razorpay shapes.
 */
@NullMarked
package com.jainshikanji.sandbox.ledger;

import org.jspecify.annotations.NullMarked;
