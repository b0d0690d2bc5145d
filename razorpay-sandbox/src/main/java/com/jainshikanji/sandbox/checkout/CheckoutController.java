package com.jainshikanji.sandbox.checkout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.jainshikanji.sandbox.SandboxProperties;
import com.jainshikanji.sandbox.ledger.Ledger;
import com.jainshikanji.sandbox.ledger.Signatures;
import com.jainshikanji.sandbox.webhook.WebhookSender;

/**
 * What Razorpay Checkout does in the customer's browser, for a script or a person: pay or
 * fail a Razorpay order. Paying answers exactly what Checkout's success handler gives the
 * app ({@code razorpay_order_id}, {@code razorpay_payment_id},
 * {@code razorpay_signature}), for the app to send to the payment service's verify; then
 * the webhooks follow (with a duplicate; in reverse with {@code outOfOrder=true}; none
 * with {@code webhooks=false}, to leave it to reconciliation).
 */
@RestController
@RequestMapping("/sandbox")
class CheckoutController {

	private final Ledger ledger;

	private final WebhookSender webhooks;

	private final SandboxProperties properties;

	CheckoutController(Ledger ledger, WebhookSender webhooks, SandboxProperties properties) {
		this.ledger = ledger;
		this.webhooks = webhooks;
		this.properties = properties;
	}

	/**
	 * Pays the order.
	 * @param method upi, card, netbanking, wallet or emi
	 * @param capture false leaves the payment authorized, for the merchant to capture
	 */
	@PostMapping("/orders/{orderId}/pay")
	Map<String, String> pay(@PathVariable String orderId, @RequestParam(defaultValue = "upi") String method,
			@RequestParam(defaultValue = "true") boolean capture,
			@RequestParam(defaultValue = "false") boolean outOfOrder,
			@RequestParam(defaultValue = "true") boolean webhooks) {
		Ledger.Outcome paid = this.ledger.pay(orderId, method, capture);
		if (webhooks) {
			this.webhooks.send(paid.events(), outOfOrder);
		}
		String paymentId = (String) paid.entity().get("id");
		Map<String, String> answer = new LinkedHashMap<>();
		answer.put("razorpay_payment_id", paymentId);
		answer.put("razorpay_order_id", orderId);
		answer.put("razorpay_signature", Signatures.checkout(this.properties.keySecret(), orderId, paymentId));
		return answer;
	}

	/** The customer's payment fails: answers what Checkout's failure handler gets. */
	@PostMapping("/orders/{orderId}/fail")
	Map<String, Object> fail(@PathVariable String orderId, @RequestParam(defaultValue = "card") String method,
			@RequestParam(defaultValue = "true") boolean webhooks) {
		Ledger.Outcome failed = this.ledger.fail(orderId, method);
		if (webhooks) {
			this.webhooks.send(failed.events(), false);
		}
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("code", failed.entity().get("error_code"));
		error.put("description", failed.entity().get("error_description"));
		error.put("source", "customer");
		error.put("step", "payment_authentication");
		error.put("reason", "payment_failed");
		error.put("metadata", Map.of("order_id", orderId, "payment_id", failed.entity().get("id")));
		return Map.of("error", error);
	}

	/** The latest webhooks sent, newest first, with the answers they got. */
	@GetMapping("/webhooks")
	List<WebhookSender.Delivery> webhooks() {
		return this.webhooks.deliveries();
	}

	/** A checkout page for a person: the order, and a button to pay or to fail it. */
	@GetMapping(path = "/checkout/{orderId}", produces = MediaType.TEXT_HTML_VALUE)
	String page(@PathVariable String orderId) {
		return CheckoutPage.of(this.ledger.order(orderId));
	}

	/** The page's buttons: pay or fail, then show what Checkout would hand the app. */
	@PostMapping(path = "/checkout/{orderId}", produces = MediaType.TEXT_HTML_VALUE)
	String submit(@PathVariable String orderId, @RequestParam String action,
			@RequestParam(defaultValue = "upi") String method) {
		Map<String, ?> answer = "fail".equals(action) ? fail(orderId, method, true)
				: pay(orderId, method, true, false, true);
		return CheckoutPage.answered(this.ledger.order(orderId), answer);
	}

}
