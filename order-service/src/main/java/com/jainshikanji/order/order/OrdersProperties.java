package com.jainshikanji.order.order;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How orders are priced and paid.
 *
 * @param taxRate GST on the subtotal after discounts, e.g. 0.05
 * @param paymentWindow how long an online order waits for its payment before it is
 * cancelled; the inventory service's reservation TTL must be longer, or the stock of a
 * late payment is already gone
 * @param timeZone the business's time zone: order numbers count per day in it
 * @param scheduleHorizon how far ahead a customer may ask for an order
 * ({@code scheduledFor}); its stock is taken when it is placed
 * @param minimumOnlinePayment the least the payment provider takes (Razorpay: INR 1.00):
 * an online order left with less to pay, but not nothing, is refused
 * @param preparationLead how long before a scheduled order's time ({@code scheduledFor})
 * the store may start preparing it; earlier is refused, so an order for Friday is not
 * cooked on Tuesday because it sits in the queue
 * <p>
 * Durations may not be negative (a negative payment window would cancel every online
 * order as it is placed, a negative lead would let no scheduled order start until after
 * its time): the service refuses to start, naming the setting.
 */
@Validated
@ConfigurationProperties("orders")
public record OrdersProperties(@NotNull @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.05") BigDecimal taxRate,
		@NotNull @DurationMin(seconds = 1) @DefaultValue("15m") Duration paymentWindow,
		@NotNull @DefaultValue("Asia/Kolkata") ZoneId timeZone,
		@NotNull @DurationMin(seconds = 0) @DefaultValue("7d") Duration scheduleHorizon,
		@NotNull @DecimalMin("0") @DefaultValue("1.00") BigDecimal minimumOnlinePayment,
		@NotNull @DurationMin(seconds = 0) @DefaultValue("60m") Duration preparationLead) {
}
