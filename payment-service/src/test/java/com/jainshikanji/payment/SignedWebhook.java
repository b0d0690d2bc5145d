package com.jainshikanji.payment;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A Razorpay webhook as Razorpay sends it: the JSON body (shaped as Razorpay documents
 * its payment, order and refund events), {@code X-Razorpay-Signature} the HMAC-SHA256 of
 * exactly those bytes under the webhook secret, and an event id.
 */
record SignedWebhook(byte[] body, String signature, String eventId) {

	static SignedWebhook of(String body) {
		return of(body, "evt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14));
	}

	static SignedWebhook of(String body, String eventId) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		return new SignedWebhook(bytes, sign(RazorpayStub.WEBHOOK_SECRET, bytes), eventId);
	}

	/** The same webhook, bytes changed after signing. */
	SignedWebhook withBody(String tampered) {
		return new SignedWebhook(tampered.getBytes(StandardCharsets.UTF_8), this.signature, this.eventId);
	}

	String text() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

	/** {@code payment.captured}: the payment entity alone. */
	static String paymentCaptured(String paymentId, String orderId, long amount) {
		return event("payment.captured", "[\"payment\"]", "{\"payment\": {\"entity\": "
				+ RazorpayStub.payment(paymentId, orderId, amount, "captured", "upi") + "}}");
	}

	/** {@code payment.failed}: the payment entity with the bank's reason. */
	static String paymentFailed(String paymentId, String orderId, long amount) {
		return event("payment.failed", "[\"payment\"]", "{\"payment\": {\"entity\": "
				+ RazorpayStub.payment(paymentId, orderId, amount, "failed", "card") + "}}");
	}

	/** {@code order.paid}: the payment and the order entities. */
	static String orderPaid(String paymentId, String orderId, long amount) {
		return event("order.paid", "[\"payment\", \"order\"]",
				"{\"payment\": {\"entity\": " + RazorpayStub.payment(paymentId, orderId, amount, "captured", "upi")
						+ "}, \"order\": {\"entity\": " + "{\"id\": \"" + orderId
						+ "\", \"entity\": \"order\", \"amount\": " + amount + ", \"amount_paid\": " + amount
						+ ", \"amount_due\": 0, \"currency\": \"INR\", \"receipt\": \"ORD\", \"offer_id\": null, "
						+ "\"status\": \"paid\", \"attempts\": 1, \"notes\": [], \"created_at\": 1714557600}}}");
	}

	/** {@code refund.processed} or {@code refund.failed}: the refund and its payment. */
	static String refund(String event, String refundId, String paymentId, String orderId, long amount, String receipt,
			String status) {
		return event(event, "[\"refund\", \"payment\"]", "{\"refund\": {\"entity\": {\"id\": \"" + refundId
				+ "\", \"entity\": \"refund\", \"amount\": " + amount + ", \"currency\": \"INR\", \"payment_id\": \""
				+ paymentId + "\", \"notes\": [], \"receipt\": \"" + receipt + "\", \"acquirer_data\": {\"arn\": "
				+ "\"10000000000000\"}, \"created_at\": 1714557700, \"batch_id\": null, \"status\": \"" + status
				+ "\", \"speed_processed\": \"normal\", \"speed_requested\": \"normal\"}}, \"payment\": {\"entity\": "
				+ RazorpayStub.payment(paymentId, orderId, amount, "captured", "upi") + "}}");
	}

	private static String event(String event, String contains, String payload) {
		return "{\"entity\": \"event\", \"account_id\": \"acc_BFQ7uQEaa7j2z7\", \"event\": \"" + event
				+ "\", \"contains\": " + contains + ", \"payload\": " + payload + ", \"created_at\": 1714557800}";
	}

	static String sign(String secret, byte[] bytes) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(bytes));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
