package com.jainshikanji.notification.channel;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Text messages through a Twilio-style Programmable Messaging API: a form post per
 * message, basic auth as the account, the message's {@code sid} back. A 4xx about the
 * message (an invalid number, a blocked recipient) is final; an unreachable or overloaded
 * API (timeouts, 429, 5xx) and refused credentials are tried again later.
 */
public class TwilioSmsProvider implements SmsProvider {

	private final RestClient client;

	private final String accountSid;

	private final String from;

	/**
	 * @param client with the API's base URL, basic auth and timeouts
	 */
	public TwilioSmsProvider(RestClient client, String accountSid, String from) {
		this.client = client;
		this.accountSid = accountSid;
		this.from = from;
	}

	@Override
	public SendOutcome send(String phone, String text) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("To", phone);
		form.add("From", this.from);
		form.add("Body", text);
		try {
			Message message = this.client.post()
				.uri("/2010-04-01/Accounts/{accountSid}/Messages.json", this.accountSid)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(form)
				.retrieve()
				.body(Message.class);
			if (message == null || message.sid() == null) {
				return SendOutcome.retry("The SMS API answered without a message sid");
			}
			return SendOutcome.sent(message.sid());
		}
		catch (HttpStatusCodeException ex) {
			int status = ex.getStatusCode().value();
			Error error = readError(ex);
			String why = "SMS API " + status
					+ ((error != null && error.message() != null) ? " (" + error.code() + "): " + error.message() : "");
			boolean final4xx = ex.getStatusCode().is4xxClientError() && status != 401 && status != 403 && status != 408
					&& status != 429;
			return final4xx ? SendOutcome.rejected(why) : SendOutcome.retry(why);
		}
		catch (ResourceAccessException ex) {
			return SendOutcome.retry("SMS API unreachable: " + ex.getMessage());
		}
		catch (RestClientException ex) {
			return SendOutcome.retry("SMS API failure: " + ex.getMessage());
		}
	}

	private static @Nullable Error readError(HttpStatusCodeException ex) {
		try {
			return ex.getResponseBodyAs(Error.class);
		}
		catch (RuntimeException unreadable) {
			return null;
		}
	}

	/** The part of a message resource read here. */
	record Message(@Nullable String sid, @Nullable String status) {
	}

	/** Twilio's error body. */
	record Error(@Nullable Integer code, @Nullable String message) {
	}

}
