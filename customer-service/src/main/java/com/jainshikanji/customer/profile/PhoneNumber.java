package com.jainshikanji.customer.profile;

import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * A phone number in the one form it is stored, compared and texted in: E.164, {@code +}
 * then the country code and the number, digits only ({@code +919800000003}). Every way a
 * number enters (registration, a profile change) goes through {@link #parse}, so
 * {@code 09800000003} and {@code +91 98000 00003} are the same number to the "phone in
 * use" rule.
 *
 * <p>
 * The platform is Indian: 10 digits are an Indian number, written as they are or with the
 * trunk prefix {@code 0}, or with {@code 91}, {@code +91} or {@code 0091} in front. Any
 * other country's number must come in international form, {@code +} and the country code,
 * since without it no digit says where the number is. Spaces, hyphens, dots and
 * parentheses may separate the digits; they are not kept.
 *
 * @param e164 {@code +}, a country code not starting with 0, at most 15 digits in all
 * (the E.164 limit) and at least 7 (the shortest numbers in use, a few islands'); an
 * Indian number has exactly 10 digits after {@code +91}, the first not 0
 */
public record PhoneNumber(@JsonValue String e164) {

	/** The ways a client may write a number. */
	private static final String FORMS = "a 10-digit Indian number, optionally written with 0, 91, +91 or 0091 in "
			+ "front, or a number in international form: + and the country code, at most 15 digits in all; spaces, "
			+ "hyphens, dots and parentheses may separate the digits";

	/** The validation message of a number written in no accepted way. */
	public static final String ACCEPTED = "must be " + FORMS;

	/** A phone field's description in the API. */
	public static final String DESCRIPTION = "Optional: " + FORMS
			+ ". Kept and returned in E.164 form, e.g. +919800000003 for 098000 00003.";

	private static final Pattern CANONICAL = Pattern.compile("\\+(91[1-9][0-9]{9}|(?!91)[1-9][0-9]{6,14})");

	/** Spaces and dashes of any kind, as a number copied from a contact may have. */
	private static final Pattern SEPARATORS = Pattern.compile("[\\p{Zs}\\p{Pd}.()]");

	private static final Pattern DIGITS = Pattern.compile("[0-9]+");

	private static final String INDIA = "91";

	private static final String INTERNATIONAL_PREFIX = "00";

	private static final String TRUNK_PREFIX = "0";

	private static final int NATIONAL_LENGTH = 10;

	public PhoneNumber {
		if (!CANONICAL.matcher(e164).matches()) {
			throw new IllegalArgumentException("Not a phone number in E.164 form: " + e164);
		}
	}

	/**
	 * The number the text stands for, if it is one written in a way the platform accepts
	 * ({@link #ACCEPTED}).
	 */
	public static Optional<PhoneNumber> parse(String text) {
		String written = text.strip();
		boolean international = written.startsWith("+");
		String digits = SEPARATORS.matcher(international ? written.substring(1) : written).replaceAll("");
		if (!DIGITS.matcher(digits).matches()) {
			return Optional.empty();
		}
		String e164 = international ? "+" + digits : indian(digits);
		return (e164 != null && CANONICAL.matcher(e164).matches()) ? Optional.of(new PhoneNumber(e164))
				: Optional.empty();
	}

	/**
	 * The number of a validated request field: {@code null} or blank is no number.
	 * @throws IllegalArgumentException if the text is not a number the platform accepts
	 * (the request's validation lets none through)
	 */
	public static @Nullable PhoneNumber ofNullable(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return parse(text).orElseThrow(() -> new IllegalArgumentException("Phone number " + ACCEPTED));
	}

	/** Whether the text is no number at all or one the platform accepts. */
	public static boolean isAcceptable(@Nullable String text) {
		return text == null || text.isBlank() || parse(text).isPresent();
	}

	/**
	 * The E.164 form of digits written without {@code +}, which only an Indian number may
	 * be; {@code null} if they are none.
	 */
	private static @Nullable String indian(String digits) {
		String national = digits;
		if (digits.length() == NATIONAL_LENGTH + 1 && digits.startsWith(TRUNK_PREFIX)) {
			national = digits.substring(1);
		}
		else if (digits.length() == NATIONAL_LENGTH + 2 && digits.startsWith(INDIA)) {
			national = digits.substring(2);
		}
		else if (digits.length() == NATIONAL_LENGTH + 4 && digits.startsWith(INTERNATIONAL_PREFIX + INDIA)) {
			national = digits.substring(4);
		}
		return (national.length() == NATIONAL_LENGTH) ? "+" + INDIA + national : null;
	}

	@Override
	public String toString() {
		return this.e164;
	}

}
