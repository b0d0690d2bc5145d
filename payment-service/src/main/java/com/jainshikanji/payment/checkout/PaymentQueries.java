package com.jainshikanji.payment.checkout;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.payment.order.OrderBook;
import com.jainshikanji.payment.order.OrderView;

/** Reading payments, for those who may see them; everyone else gets a 404. */
@Service
class PaymentQueries {

	private final Payments payments;

	private final OrderBook orders;

	PaymentQueries(Payments payments, OrderBook orders) {
		this.payments = payments;
		this.orders = orders;
	}

	@Transactional(readOnly = true)
	PaymentView payment(UUID paymentId, AuthenticatedUser user) {
		return this.payments.findById(paymentId)
			.map(Payment::view)
			.filter((payment) -> PaymentAccess.maySee(payment, user))
			.orElseThrow(() -> new PaymentNotFound(paymentId));
	}

	/**
	 * Payments owing a refund Razorpay refused, oldest first: an admin's of every store,
	 * staff's of the stores where their job refunds (staff who refund nowhere get an
	 * empty page, as staff of no store always have). Who may see which is decided in the
	 * query, so a page holds as many as there are, never fewer for rows read then
	 * dropped.
	 */
	@Transactional(readOnly = true)
	List<PaymentResponse> owingRefund(AuthenticatedUser user, int page, int size) {
		long offset = (long) page * size;
		List<Payment> owing;
		if (user.isAdmin()) {
			owing = this.payments.findOwingRefund(size, offset);
		}
		else {
			Set<UUID> stores = PaymentAccess.storesRefundedBy(user);
			owing = stores.isEmpty() ? List.of() : this.payments.findOwingRefundAt(stores, size, offset);
		}
		return owing.stream().map((payment) -> PaymentResponse.of(payment.view())).toList();
	}

	@Transactional(readOnly = true)
	OrderPaymentsResponse ofOrder(UUID orderId, AuthenticatedUser user) {
		OrderView order = this.orders.find(orderId)
			.filter((known) -> PaymentAccess.maySee(known, user))
			.orElseThrow(() -> new OrderNotFound(orderId));
		return new OrderPaymentsResponse(orderId, order.orderNumber(),
				this.payments.findByOrderIdOrderByCreatedAt(orderId)
					.stream()
					.map((payment) -> PaymentResponse.of(payment.view()))
					.toList());
	}

}
