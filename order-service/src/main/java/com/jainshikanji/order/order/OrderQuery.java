package com.jainshikanji.order.order;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import com.jainshikanji.common.web.TimeWindow;

/**
 * Filters and paging of an order list, bound from query parameters.
 *
 * @param status only orders in these statuses, e.g.
 * {@code status=confirmed&status=preparing} (all when absent)
 * @param from only orders placed at or after this instant
 * @param to only orders placed before this instant
 * @param page the page, from 0
 * @param size orders per page, 1 to 100 (20 when absent)
 */
@TimeWindow.InOrder
record OrderQuery(@Nullable @Size(max = 8) List<OrderStatus> status, @Nullable Instant from, @Nullable Instant to,
		@Nullable @Min(0) @Max(10_000) Integer page, @Nullable @Min(1) @Max(100) Integer size) implements TimeWindow {

	private static final Instant EARLIEST = Instant.EPOCH;

	private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

	boolean anyStatus() {
		return this.status == null || this.status.isEmpty();
	}

	/**
	 * The statuses asked for; a placeholder when any will do (an empty IN list is invalid
	 * SQL).
	 */
	Set<OrderStatus> statuses() {
		return anyStatus() ? Set.of(OrderStatus.PENDING) : Set.copyOf(this.status);
	}

	Instant fromOrEarliest() {
		return (this.from != null) ? withinReach(this.from) : EARLIEST;
	}

	Instant toOrLatest() {
		return (this.to != null) ? withinReach(this.to) : LATEST;
	}

	/**
	 * An instant between the first and the last an order can have: one beyond what
	 * PostgreSQL's timestamps hold (the year -290000, say) asks for the same orders as
	 * the nearest of those.
	 */
	private static Instant withinReach(Instant instant) {
		return instant.isBefore(EARLIEST) ? EARLIEST : instant.isAfter(LATEST) ? LATEST : instant;
	}

	PageRequest newestFirst() {
		return pageRequest(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
	}

	PageRequest oldestFirst() {
		return pageRequest(Sort.by(Sort.Order.asc("createdAt"), Sort.Order.asc("id")));
	}

	private PageRequest pageRequest(Sort sort) {
		return PageRequest.of((this.page != null) ? this.page : 0, (this.size != null) ? this.size : 20, sort);
	}

}
