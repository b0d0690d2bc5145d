package com.jainshikanji.store;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.security.TestTokens;

/**
 * Drives the service over HTTP the way a client app would, with tokens from the test
 * issuer; the bodies come from {@link Requests}.
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

	/** Creates a store as admin. */
	Map<String, Object> createStore(Requests.Store body) {
		return map(post(STORES, admin(), body).expectStatus().isCreated());
	}

	UUID createStore() {
		return id(createStore(Requests.aStore().build()));
	}

	void setHours(UUID storeId, Requests.WeekBuilder week) {
		put(STORES + "/" + storeId + "/operating-hours", admin(), week.build()).expectStatus().isOk();
	}

	Map<String, Object> addZone(UUID storeId, Requests.ZoneBuilder zone) {
		return map(post(STORES + "/" + storeId + "/delivery-zones", admin(), zone.build()).expectStatus().isCreated());
	}

	Map<String, Object> addStaff(UUID storeId, UUID userId, String role) {
		return map(post(STORES + "/" + storeId + "/staff", admin(), Requests.aStaffMember(userId, role).build())
			.expectStatus()
			.isCreated());
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

	/** A POST without a body, as operator actions are. */
	RestTestClient.ResponseSpec post(String path, String accessToken) {
		return this.client.post().uri(path).headers((headers) -> {
			if (accessToken != null) {
				headers.setBearerAuth(accessToken);
			}
		}).exchange();
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
