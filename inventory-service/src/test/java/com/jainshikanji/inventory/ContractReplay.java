package com.jainshikanji.inventory;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

import com.jainshikanji.testsupport.contract.ConsumerContract;

/**
 * Replays the requests of one consumer's contract files against this service and checks
 * its real answers against the consumer's examples, asking as that consumer does (with
 * its token, or none). The examples name the consumer's ids; a test creates what they
 * name here and sends the request with this service's own ids in the path and body.
 */
final class ContractReplay {

	private final Api api;

	private final String consumer;

	private final @Nullable String token;

	/**
	 * @param consumer the consumer's module, whose {@code src/test/resources/contracts}
	 * holds the files
	 * @param token how the consumer asks, {@code null} for without a token
	 */
	ContractReplay(Api api, String consumer, @Nullable String token) {
		this.api = api;
		this.consumer = consumer;
		this.token = token;
	}

	/** The contract file {@code contracts/<name>.json} of the consumer. */
	ConsumerContract contract(String name) {
		return ConsumerContract.ofConsumer(this.consumer, name);
	}

	/**
	 * Sends the contract's request to the path, with the body (written as JSON), and
	 * checks the answer.
	 * @throws AssertionError when the answer is not what the consumer relies on
	 */
	void assertAnswers(ConsumerContract contract, String path, @Nullable Object body) {
		EntityExchangeResult<String> result = this.api
			.exchange(HttpMethod.valueOf(contract.method()), path, this.token, (body != null) ? body.toString() : null)
			.returnResult(String.class);
		contract.assertAnsweredBy(result.getStatus().value(), result.getResponseBody());
	}

	/**
	 * The contract's own path with its last segment, the id of the consumer's example,
	 * replaced by one of this service's.
	 * @throws IllegalStateException when the path does not end in an id, so that a
	 * changed path is not replayed with the wrong segment replaced
	 */
	static String pathOf(ConsumerContract contract, Object id) {
		String path = contract.path();
		int slash = path.lastIndexOf('/');
		try {
			UUID.fromString(path.substring(slash + 1));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("The path " + path + " of the contract does not end in an id", ex);
		}
		return path.substring(0, slash + 1) + id;
	}

}
