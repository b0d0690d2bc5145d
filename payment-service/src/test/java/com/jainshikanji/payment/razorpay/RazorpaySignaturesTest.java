package com.jainshikanji.payment.razorpay;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Razorpay's signatures against its own published test vectors (the verification examples
 * of Razorpay's SDKs): Checkout's {@code order_id|payment_id} under the key secret, and a
 * webhook body under the webhook secret, byte for byte.
 */
class RazorpaySignaturesTest {

	static final String KEY_SECRET = "EnLs21M47BllR3X8PSFtjtbd";

	static final String ORDER_ID = "order_IEIaMR65cu6nz3";

	static final String PAYMENT_ID = "pay_IH4NVgf4Dreq1l";

	static final String CHECKOUT_SIGNATURE = "0d4e745a1838664ad6c9c9902212a32d627d68e917290b0ad5f08ff4561bc50f";

	static final String WEBHOOK_SECRET = "123456";

	static final String WEBHOOK_BODY = "{\"a\":1,\"b\":2,\"c\":{\"d\":3}}";

	static final String WEBHOOK_SIGNATURE = "2fe04e22977002e6c7cb553adab8b460cb9e2a4970d5953cb27a8472752e3bbc";

	final RazorpaySignatures signatures = new RazorpaySignatures(KEY_SECRET, WEBHOOK_SECRET);

	@Test
	void checkoutsDocumentedSignatureIsGood() {
		assertThat(this.signatures.isCheckoutSignature(ORDER_ID, PAYMENT_ID, CHECKOUT_SIGNATURE)).isTrue();
	}

	@Test
	void aTamperedCheckoutSignatureIsRefused() {
		String tampered = CHECKOUT_SIGNATURE.substring(0, 63) + "e";

		assertThat(this.signatures.isCheckoutSignature(ORDER_ID, PAYMENT_ID, tampered)).isFalse();
	}

	@Test
	void anotherPaymentOrOrderIdUnderTheSameSignatureIsRefused() {
		assertThat(this.signatures.isCheckoutSignature(ORDER_ID, "pay_IH4NVgf4Dreq1m", CHECKOUT_SIGNATURE)).isFalse();
		assertThat(this.signatures.isCheckoutSignature("order_IEIaMR65cu6nz4", PAYMENT_ID, CHECKOUT_SIGNATURE))
			.isFalse();
	}

	@Test
	void aSignatureUnderAnotherSecretIsRefused() {
		RazorpaySignatures other = new RazorpaySignatures("another-key-secret", WEBHOOK_SECRET);

		assertThat(other.isCheckoutSignature(ORDER_ID, PAYMENT_ID, CHECKOUT_SIGNATURE)).isFalse();
	}

	@Test
	void missingShortOrNonHexSignaturesAreRefused() {
		assertThat(this.signatures.isCheckoutSignature(ORDER_ID, PAYMENT_ID, null)).isFalse();
		assertThat(this.signatures.isCheckoutSignature(ORDER_ID, PAYMENT_ID, "")).isFalse();
		assertThat(this.signatures.isCheckoutSignature(ORDER_ID, PAYMENT_ID, CHECKOUT_SIGNATURE.substring(2)))
			.isFalse();
		assertThat(this.signatures.isCheckoutSignature(ORDER_ID, PAYMENT_ID, "zz" + CHECKOUT_SIGNATURE.substring(2)))
			.isFalse();
		assertThat(this.signatures.isCheckoutSignature(ORDER_ID, PAYMENT_ID, CHECKOUT_SIGNATURE + "00")).isFalse();
	}

	@Test
	void aWebhooksDocumentedSignatureIsGoodOnTheExactBytes() {
		assertThat(this.signatures.isWebhookSignature(bytes(WEBHOOK_BODY), WEBHOOK_SIGNATURE)).isTrue();
	}

	@Test
	void theSameWebhookReSerialisedWithOtherWhitespaceIsRefused() {
		String reSerialised = "{\"a\": 1, \"b\": 2, \"c\": {\"d\": 3}}";

		assertThat(this.signatures.isWebhookSignature(bytes(reSerialised), WEBHOOK_SIGNATURE)).isFalse();
		assertThat(this.signatures.isWebhookSignature(bytes(WEBHOOK_BODY + "\n"), WEBHOOK_SIGNATURE)).isFalse();
	}

	@Test
	void aWebhookIsNotSignedWithTheKeySecret() {
		String underKeySecret = RazorpaySignatures.hmacHex(bytes(KEY_SECRET), bytes(WEBHOOK_BODY));

		assertThat(this.signatures.isWebhookSignature(bytes(WEBHOOK_BODY), underKeySecret)).isFalse();
	}

	@Test
	void hmacIsLowercaseHexOfSha256() {
		assertThat(RazorpaySignatures.hmacHex(bytes(WEBHOOK_SECRET), bytes(WEBHOOK_BODY))).isEqualTo(WEBHOOK_SIGNATURE);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
