package com.jainshikanji.order.payment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.jainshikanji.order.order.OrderPayments;

/**
 * Cancels online orders not paid within the payment window
 * ({@code orders.payment-window}, 15 minutes by default), so their stock goes back. Runs
 * on every instance; each due order is cancelled by exactly one of them, in a transaction
 * of its own.
 */
@Component
class PaymentWindow {

	private static final Logger log = LoggerFactory.getLogger(PaymentWindow.class);

	/** Bounds one run, so a long backlog does not hold the scheduler thread forever. */
	private static final int MAX_PER_RUN = 500;

	private final OrderPayments payments;

	PaymentWindow(OrderPayments payments) {
		this.payments = payments;
	}

	@Scheduled(fixedDelayString = "${orders.payment-window-check:30s}",
			initialDelayString = "${orders.payment-window-check:30s}")
	void run() {
		try {
			closeDue();
		}
		catch (RuntimeException ex) {
			log.warn("Cancelling unpaid orders failed; trying again at the next run", ex);
		}
	}

	/**
	 * Cancels every order whose payment window has closed.
	 * @return how many
	 */
	int closeDue() {
		int cancelled = 0;
		while (cancelled < MAX_PER_RUN && this.payments.cancelNextUnpaid()) {
			cancelled++;
		}
		return cancelled;
	}

}
