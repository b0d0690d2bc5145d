package com.jainshikanji.common.events.customer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a one-time account token (email verification, password reset) for the one service
 * that must read it, the notification service, before it travels in an event: AES-256-GCM
 * under a key only the customer and notification services hold, bound to the customer it
 * was issued for. Everything else that sees the event (the outbox table, the topic and
 * every other consumer of it, dead-letter records) sees only ciphertext, so reading the
 * customer topic is not enough to take over an account. See
 * {@code docs/adr/0011-notification-service.md}.
 *
 * <p>
 * Format: {@code v1.} followed by base64url(12-byte nonce || ciphertext || 16-byte tag).
 */
public final class AccountTokenSeal {

	private static final String PREFIX = "v1.";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom random = new SecureRandom();

	private final SecretKeySpec key;

	private AccountTokenSeal(byte[] key) {
		if (key.length != 32) {
			throw new IllegalArgumentException("An account token seal key is 32 bytes (256 bits), not " + key.length);
		}
		this.key = new SecretKeySpec(key, "AES");
	}

	/**
	 * @param base64Key 32 random bytes in base64 (standard or URL alphabet), e.g. from
	 * {@code openssl rand -base64 32}
	 * @throws IllegalArgumentException if the key is not 32 bytes of base64
	 */
	public static AccountTokenSeal of(String base64Key) {
		String key = base64Key.strip();
		if (key.isEmpty()) {
			throw new IllegalArgumentException("No account token seal key configured");
		}
		try {
			return new AccountTokenSeal(Base64.getDecoder().decode(key.replace('-', '+').replace('_', '/')));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("The account token seal key is not valid base64: " + ex.getMessage(),
					ex);
		}
	}

	/** Seals a token issued to the given customer. */
	public String seal(String token, UUID customerId) {
		byte[] nonce = new byte[NONCE_BYTES];
		random.nextBytes(nonce);
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, customerId);
			byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
			return PREFIX + Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot seal an account token", ex);
		}
	}

	/**
	 * Opens a sealed token.
	 * @throws IllegalArgumentException if it was not sealed with this key for this
	 * customer, or was altered
	 */
	public String open(String sealed, UUID customerId) {
		if (!sealed.startsWith(PREFIX)) {
			throw new IllegalArgumentException("Not a sealed account token");
		}
		byte[] bytes;
		try {
			bytes = Base64.getUrlDecoder().decode(sealed.substring(PREFIX.length()));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Not a sealed account token", ex);
		}
		if (bytes.length <= NONCE_BYTES + TAG_BITS / 8) {
			throw new IllegalArgumentException("Not a sealed account token");
		}
		try {
			Cipher cipher = cipher(Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(bytes, NONCE_BYTES), customerId);
			byte[] token = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
			return new String(token, StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("The account token was not sealed with this key for this customer", ex);
		}
	}

	private Cipher cipher(int mode, byte[] nonce, UUID customerId) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, this.key, new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(customerId.toString().getBytes(StandardCharsets.UTF_8));
		return cipher;
	}

}
