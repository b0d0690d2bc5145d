package com.jainshikanji.payment.razorpay;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Razorpay's two signatures, computed here (HMAC-SHA256, hex) and compared in constant
 * time:
 * <ul>
 * <li>Checkout's answer: {@code HMAC(keySecret, razorpayOrderId + "|" +
 * razorpayPaymentId)}, which proves the payment id came from Razorpay for that order;
 * <li>a webhook: {@code HMAC(webhookSecret, rawBody)} over the bytes exactly as received,
 * which is why a webhook is checked before it is parsed.
 * </ul>
 */
@Component
public class RazorpaySignatures {

	private static final HexFormat HEX = HexFormat.of();

	private final byte[] keySecret;

	private final byte[] webhookSecret;

	@Autowired
	RazorpaySignatures(RazorpayProperties properties) {
		this(properties.keySecret(), properties.webhookSecret());
	}

	RazorpaySignatures(String keySecret, String webhookSecret) {
		this.keySecret = keySecret.getBytes(StandardCharsets.UTF_8);
		this.webhookSecret = webhookSecret.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Whether Checkout's signature is Razorpay's for this order and payment.
	 * @param razorpayOrderId the Razorpay order id <em>we stored</em> when the payment
	 * began, never one a client sent
	 */
	public boolean isCheckoutSignature(String razorpayOrderId, String razorpayPaymentId, @Nullable String signature) {
		byte[] message = (razorpayOrderId + "|" + razorpayPaymentId).getBytes(StandardCharsets.UTF_8);
		return matches(hmac(this.keySecret, message), signature);
	}

	/** Whether a webhook's {@code X-Razorpay-Signature} is Razorpay's for these bytes. */
	public boolean isWebhookSignature(byte[] rawBody, @Nullable String signature) {
		return matches(hmac(this.webhookSecret, rawBody), signature);
	}

	/** HMAC-SHA256 of the message under the key, as lowercase hex. */
	static String hmacHex(byte[] key, byte[] message) {
		return HEX.formatHex(hmac(key, message));
	}

	private static byte[] hmac(byte[] key, byte[] message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(message);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HMAC-SHA256 is unavailable", ex);
		}
	}

	/**
	 * Compares the decoded signature with the expected MAC in constant time (for a given
	 * length); anything that is not hex is simply wrong.
	 */
	private static boolean matches(byte[] expected, @Nullable String signature) {
		if (signature == null || signature.length() != expected.length * 2) {
			return false;
		}
		byte[] given;
		try {
			given = HEX.parseHex(signature);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(expected, given);
	}

}
