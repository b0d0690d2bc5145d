package com.jainshikanji.sandbox.checkout;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.web.util.HtmlUtils;

/** The sandbox's checkout page: plain HTML, no script. */
final class CheckoutPage {

	private CheckoutPage() {
	}

	static String of(Map<String, Object> order) {
		String id = escape(order.get("id"));
		String body = """
				<p>Receipt <b>%s</b> &middot; amount <b>&#8377; %s</b> &middot; status <b>%s</b></p>
				<form method="post" action="/sandbox/checkout/%s">
				  <label>Method <select name="method">
				    <option>upi</option><option>card</option><option>netbanking</option><option>wallet</option>
				  </select></label>
				  <button name="action" value="pay">Pay</button>
				  <button name="action" value="fail">Fail</button>
				</form>
				""".formatted(escape(order.get("receipt")), rupees(order.get("amount")), escape(order.get("status")),
				id);
		return page("Pay " + id, body);
	}

	static String answered(Map<String, Object> order, Map<String, ?> answer) {
		String body = """
				<p>Order <b>%s</b> is now <b>%s</b>. Checkout hands the app:</p>
				<pre>%s</pre>
				<p>Webhooks follow in a moment: <a href="/sandbox/webhooks">/sandbox/webhooks</a>.</p>
				""".formatted(escape(order.get("id")), escape(order.get("status")), escape(answer));
		return page("Checkout answered", body);
	}

	private static String page(String title, String body) {
		return """
				<!DOCTYPE html>
				<html lang="en"><head><meta charset="utf-8"><title>%s &middot; Razorpay sandbox</title></head>
				<body style="font-family: sans-serif; max-width: 40em; margin: 2em auto">
				<h1>Razorpay sandbox</h1>
				<p><i>Local platform only: no money moves.</i></p>
				%s
				</body></html>
				""".formatted(escape(title), body);
	}

	private static String rupees(Object paise) {
		return BigDecimal.valueOf(((Number) paise).longValue(), 2).toPlainString();
	}

	private static String escape(Object value) {
		return HtmlUtils.htmlEscape(String.valueOf(value));
	}

}
