package com.jainshikanji.payment.refund;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.jainshikanji.common.events.payment.PaymentCompleted;
import com.jainshikanji.payment.checkout.PaymentLedger;
import com.jainshikanji.payment.checkout.PaymentView;
import com.jainshikanji.payment.order.OrderBook;
import com.jainshikanji.payment.order.OrderView;

/**
 * Money that arrives for an order that can no longer be paid goes back by itself: when a
 * payment completes as a late capture (its order's payment had failed or was cancelled,
 * or it was captured twice), or for an order already known to be cancelled, its refund is
 * booked in the same transaction as the capture. The order service may ask for the same
 * refund too ({@code RefundRequested}); either way there is one per payment (besides any
 * the provider refused, which gave nothing back).
 */
@Component
class CompensationOnCapture {

	private final PaymentLedger ledger;

	private final OrderBook orders;

	private final RefundService refunds;

	CompensationOnCapture(PaymentLedger ledger, OrderBook orders, RefundService refunds) {
		this.ledger = ledger;
		this.orders = orders;
		this.refunds = refunds;
	}

	@EventListener
	void on(PaymentCompleted completed) {
		PaymentView payment = this.ledger.find(completed.paymentId()).orElseThrow();
		boolean cancelled = this.orders.find(completed.orderId()).map(OrderView::isCancelled).orElse(false);
		if (payment.lateCapture() || cancelled) {
			this.refunds.compensate(payment.id(), null, cancelled ? "Paid after the order was cancelled"
					: "Paid after the order's payment had already ended");
		}
	}

}
