package com.jainshikanji.notification.channel;

import org.jspecify.annotations.Nullable;

/**
 * What a provider made of one message.
 *
 * @param result whether it was accepted, and if not whether trying again can help
 * @param providerId the provider's id of the accepted message (SMTP Message-ID, SMS sid,
 * FCM message name)
 * @param error why it was not accepted, fit for the delivery log
 */
public record SendOutcome(Result result, @Nullable String providerId, @Nullable String error) {

	public static SendOutcome sent(String providerId) {
		return new SendOutcome(Result.SENT, providerId, null);
	}

	/** The provider could not take it now (unreachable, overloaded, timed out). */
	public static SendOutcome retry(String error) {
		return new SendOutcome(Result.RETRY, null, error);
	}

	/** The provider refused this message for good (invalid number, bad address). */
	public static SendOutcome rejected(String error) {
		return new SendOutcome(Result.REJECTED, null, error);
	}

	/** The address no longer exists (an uninstalled app's push token). */
	public static SendOutcome gone(String error) {
		return new SendOutcome(Result.GONE, null, error);
	}

	public enum Result {

		SENT, RETRY, REJECTED, GONE

	}

}
