package com.jainshikanji.customer.config;

import java.text.Normalizer;

import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Hashes and checks a password in Unicode normal form C, so that the same password typed
 * on two keyboards is the same password.
 *
 * <p>
 * "café" arrives as five code points from one keyboard and as "cafe" plus a combining
 * accent from another (macOS and some Android input methods decompose); bcrypt hashes
 * bytes, so a customer who registered on one device could not sign in on the other. NIST
 * SP 800-63B asks for this normalisation before hashing. Hashes stored before it were of
 * the bytes as typed: a password that is not in form C is also checked as typed, so those
 * accounts keep working from the device they were created on.
 */
final class NormalizingPasswordEncoder implements PasswordEncoder {

	private final PasswordEncoder delegate;

	NormalizingPasswordEncoder(PasswordEncoder delegate) {
		this.delegate = delegate;
	}

	@Override
	public @Nullable String encode(@Nullable CharSequence rawPassword) {
		return this.delegate.encode((rawPassword != null) ? normalized(rawPassword) : null);
	}

	@Override
	public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
		if (rawPassword == null) {
			return this.delegate.matches(null, encodedPassword);
		}
		String normalized = normalized(rawPassword);
		return this.delegate.matches(normalized, encodedPassword)
				|| (!normalized.contentEquals(rawPassword) && this.delegate.matches(rawPassword, encodedPassword));
	}

	@Override
	public boolean upgradeEncoding(@Nullable String encodedPassword) {
		return this.delegate.upgradeEncoding(encodedPassword);
	}

	static String normalized(CharSequence password) {
		return Normalizer.normalize(password, Normalizer.Form.NFC);
	}

}
