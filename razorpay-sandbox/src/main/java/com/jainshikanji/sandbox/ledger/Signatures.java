package com.jainshikanji.sandbox.ledger;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Razorpay's HMAC-SHA256 signatures, as lowercase hex. */
public final class Signatures {

	private Signatures() {
	}

	/** Checkout's signature of a payment: {@code HMAC(keySecret, orderId|paymentId)}. */
	public static String checkout(String keySecret, String orderId, String paymentId) {
		return hmac(keySecret, (orderId + "|" + paymentId).getBytes(StandardCharsets.UTF_8));
	}

	/** A webhook's signature: {@code HMAC(webhookSecret, body)} over the exact bytes. */
	public static String hmac(String secret, byte[] message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(message));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is unavailable", ex);
		}
	}

}
