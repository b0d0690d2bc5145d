/**
 * The Razorpay sandbox of the local platform: its API, checkout and webhooks by feature.
 */
@NullMarked
package com.jainshikanji.sandbox;

import org.jspecify.annotations.NullMarked;
