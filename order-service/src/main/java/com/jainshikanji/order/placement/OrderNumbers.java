package com.jainshikanji.order.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.order.order.OrdersProperties;

/**
 * Hands out order numbers like {@code ORD20261201-000123}: the business day (in the
 * business's time zone) and a counter of that day, unique however many instances place
 * orders at once. Each number is taken in its own tiny transaction, so the day's counter
 * row is locked for a moment only, not for the whole placement; a placement that fails
 * afterwards leaves a gap, which is fine for a number that only has to be unique.
 */
@Component
class OrderNumbers {

	private final JdbcClient jdbc;

	private final OrdersProperties properties;

	private final Clock clock;

	OrderNumbers(JdbcClient jdbc, OrdersProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	String next() {
		LocalDate day = LocalDate.ofInstant(this.clock.instant(), this.properties.timeZone());
		int counter = this.jdbc.sql("""
				INSERT INTO order_number_counters (business_day, last_value) VALUES (:day, 1)
				ON CONFLICT (business_day) DO UPDATE SET last_value = order_number_counters.last_value + 1
				RETURNING last_value
				""").param("day", day).query(Integer.class).single();
		return "ORD" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + String.format("%06d", counter);
	}

}
