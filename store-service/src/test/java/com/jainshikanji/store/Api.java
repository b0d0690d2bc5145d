package com.jainshikanji.store;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.security.TestTokens;

/**
 * Drives the service over HTTP the way a client app would, with tokens from the test
 * issuer, and builds the request bodies tests start from.
 */
final class Api {

	static final String STORES = "/api/v1/stores";

	private final RestTestClient client;

	Api(RestTestClient client) {
		this.client = client;
	}

	static String admin() {
		return TestTokens.admin();
	}

	static String uniqueSlug() {
		return "store-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A valid new store with only the required fields. */
	static Map<String, Object> storeBody(String slug) {
		Map<String, Object> contact = new HashMap<>(Map.of("email", "store@example.com", "phone", "+91 79 2214 0001"));
		Map<String, Object> address = new HashMap<>(
				Map.of("line1", "Manek Chowk", "city", "Ahmedabad", "state", "Gujarat", "postalCode", "380001"));
		Map<String, Object> body = new HashMap<>();
		body.put("slug", slug);
		body.put("name", "Jain Shikanji Test");
		body.put("contact", contact);
		body.put("address", address);
		return body;
	}

	/** A week with the same hours every day. */
	static Map<String, Object> everyDay(String opensAt, String closesAt) {
		Map<String, Object> week = new HashMap<>();
		for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
			week.put(day, Map.of("opensAt", opensAt, "closesAt", closesAt));
		}
		return week;
	}

	/** Open around the clock, every day: open now whenever a test runs. */
	static Map<String, Object> alwaysOpen() {
		return everyDay("00:00", "00:00");
	}

	static Map<String, Object> closedAllWeek() {
		Map<String, Object> week = new HashMap<>();
		for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
			week.put(day, Map.of("closed", true));
		}
		return week;
	}

	static Map<String, Object> zoneBody(String name, List<String> postalCodes, String fee, int minutes) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("postalCodes", postalCodes);
		if (fee != null) {
			body.put("deliveryFee", new BigDecimal(fee));
		}
		body.put("estimatedMinutes", minutes);
		return body;
	}

	static Map<String, Object> staffBody(UUID userId, String role) {
		Map<String, Object> body = new HashMap<>();
		body.put("userId", userId);
		body.put("name", "Ravi Shah");
		body.put("email", "ravi@example.com");
		body.put("role", role);
		return body;
	}

	/** Creates a store as admin. */
	Map<String, Object> createStore(Map<String, Object> body) {
		return map(post(STORES, admin(), body).expectStatus().isCreated());
	}

	UUID createStore() {
		return id(createStore(storeBody(uniqueSlug())));
	}

	void setHours(UUID storeId, Map<String, Object> week) {
		put(STORES + "/" + storeId + "/operating-hours", admin(), week).expectStatus().isOk();
	}

	Map<String, Object> addZone(UUID storeId, Map<String, Object> body) {
		return map(post(STORES + "/" + storeId + "/delivery-zones", admin(), body).expectStatus().isCreated());
	}

	Map<String, Object> addStaff(UUID storeId, UUID userId, String role) {
		return map(
				post(STORES + "/" + storeId + "/staff", admin(), staffBody(userId, role)).expectStatus().isCreated());
	}

	/** Makes a new user the store's manager (as admin) and returns their token. */
	String managerOf(UUID storeId) {
		UUID userId = UUID.randomUUID();
		addStaff(storeId, userId, "MANAGER");
		return TestTokens.staff(userId, storeId);
	}

	RestTestClient.ResponseSpec get(String path, String accessToken) {
		return this.client.get().uri(path).headers((headers) -> {
			if (accessToken != null) {
				headers.setBearerAuth(accessToken);
			}
		}).exchange();
	}

	RestTestClient.ResponseSpec post(String path, String accessToken, Object body) {
		return this.client.post().uri(path).headers((headers) -> {
			if (accessToken != null) {
				headers.setBearerAuth(accessToken);
			}
		}).contentType(MediaType.APPLICATION_JSON).body(body).exchange();
	}

	RestTestClient.ResponseSpec put(String path, String accessToken, Object body) {
		return this.client.put().uri(path).headers((headers) -> {
			if (accessToken != null) {
				headers.setBearerAuth(accessToken);
			}
		}).contentType(MediaType.APPLICATION_JSON).body(body).exchange();
	}

	RestTestClient.ResponseSpec delete(String path, String accessToken) {
		return this.client.delete().uri(path).headers((headers) -> {
			if (accessToken != null) {
				headers.setBearerAuth(accessToken);
			}
		}).exchange();
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(RestTestClient.ResponseSpec response) {
		return response.expectBody(Map.class).returnResult().getResponseBody();
	}

	/** A nested JSON object of a response or request body. */
	@SuppressWarnings("unchecked")
	static Map<String, Object> object(Object value) {
		return (Map<String, Object>) value;
	}

	static UUID id(Map<String, Object> resource) {
		return UUID.fromString((String) resource.get("id"));
	}

}
