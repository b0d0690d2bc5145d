package com.jainshikanji.notification.listener;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How messages write amounts, times and the order's words: rupees with Indian digit
 * grouping (₹1,23,456.50), times in the store's (or India's) time zone ("7:45 pm", with
 * the day when it is not today: "tomorrow, 10:10 am", "Sun 6 Dec, 10:10 am").
 */
final class Formats {

	static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

	private static final Locale INDIAN_ENGLISH = Locale.of("en", "IN");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, h:mm a z",
			Locale.ENGLISH);

	private Formats() {
	}

	static @Nullable String rupees(@Nullable BigDecimal amount) {
		if (amount == null) {
			return null;
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(INDIAN_ENGLISH);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(amount.setScale(2, RoundingMode.HALF_UP));
	}

	/** Rupees, or {@code null} when there is nothing to show (no amount, or zero). */
	static @Nullable String rupeesIfAny(@Nullable BigDecimal amount) {
		return (amount == null || amount.signum() == 0) ? null : rupees(amount);
	}

	/**
	 * A time as the person told at {@code now} reads it in the zone: "7:45 pm" on the day
	 * they are told, "tomorrow, 10:10 am" on the next, "Sun 6 Dec, 10:10 am" on any other
	 * (a scheduled order's, or one told late).
	 */
	static String time(Instant instant, ZoneId zone, Instant now) {
		ZonedDateTime at = instant.atZone(zone);
		LocalDate today = now.atZone(zone).toLocalDate();
		String time = TIME.format(at).replace("AM", "am").replace("PM", "pm");
		if (at.toLocalDate().equals(today)) {
			return time;
		}
		return (at.toLocalDate().equals(today.plusDays(1)) ? "tomorrow" : DAY.format(at)) + ", " + time;
	}

	static String dateTime(Instant instant) {
		return DATE_TIME.format(instant.atZone(INDIA)).replace("AM", "am").replace("PM", "pm");
	}

	static @Nullable String deliveryType(@Nullable String type) {
		if (type == null) {
			return null;
		}
		return switch (type.toLowerCase(Locale.ROOT).replace('-', '_')) {
			case "delivery" -> "Delivery";
			case "pickup" -> "Pickup";
			case "dine_in" -> "Dine-in";
			default -> type;
		};
	}

	static @Nullable String paymentMethod(@Nullable String method) {
		if (method == null) {
			return null;
		}
		return switch (method.toLowerCase(Locale.ROOT)) {
			case "upi" -> "UPI";
			case "card" -> "Card";
			case "netbanking" -> "Net banking";
			case "wallet" -> "Wallet";
			case "cod" -> "Cash on delivery";
			default -> method;
		};
	}

	/** BRONZE → Bronze. */
	static String tier(String tier) {
		String lower = tier.toLowerCase(Locale.ROOT);
		return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}

	/** The first word of a full name, or {@code null}. */
	static @Nullable String firstName(@Nullable String fullName) {
		if (fullName == null || fullName.isBlank()) {
			return null;
		}
		return fullName.strip().split("\\s+")[0];
	}

}
