package com.jainshikanji.store;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.security.TestTokens;

import static com.jainshikanji.store.Api.STORES;
import static com.jainshikanji.store.Requests.aZone;
import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call which endpoint. Every protected endpoint is tried by every kind of caller:
 * anonymous 401; a customer, another store's manager and the store's own non-manager
 * staff 403; the store's manager succeeds where managers may act, and the admin always
 * (the audit log and announcing the staff again are for admins only, even of the
 * manager's own store). Browsing needs no token.
 */
@StoreServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

	@Autowired
	RestTestClient client;

	Fixture fixture;

	@BeforeAll
	void setUp() {
		Api api = new Api(this.client);
		Requests.Store storeBody = Requests.aStore().build();
		UUID store = Api.id(api.createStore(storeBody));
		UUID otherStore = api.createStore();
		UUID manager = UUID.randomUUID();
		UUID otherManager = UUID.randomUUID();
		UUID chef = UUID.randomUUID();
		api.addStaff(store, manager, "MANAGER");
		api.addStaff(otherStore, otherManager, "MANAGER");
		api.addStaff(store, chef, "CHEF");
		Map<Caller, String> tokens = new EnumMap<>(Caller.class);
		tokens.put(Caller.CUSTOMER, TestTokens.customer());
		tokens.put(Caller.OTHER_STORES_MANAGER, TestTokens.staff(otherManager, otherStore));
		tokens.put(Caller.NON_MANAGER_STAFF, TestTokens.staff(chef, store));
		tokens.put(Caller.MANAGER, TestTokens.staff(manager, store));
		tokens.put(Caller.ADMIN, TestTokens.admin());
		this.fixture = new Fixture(api, store, storeBody, tokens);
	}

	@ParameterizedTest(name = "{0} by {1} -> {2}")
	@MethodSource("matrix")
	void protectedEndpointsAdmitOnlyTheirCallers(Endpoint endpoint, Caller caller, int expected) {
		var response = endpoint.call(this.fixture, this.fixture.token(caller));

		if (expected >= 400) {
			assertThat(problem(response, expected).typeSlug())
				.isEqualTo((expected == 401) ? "authentication-required" : "access-denied");
		}
		else {
			response.expectStatus().isEqualTo(expected);
		}
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(PublicEndpoint.class)
	void browsingNeedsNoToken(PublicEndpoint endpoint) {
		this.fixture.api.get(endpoint.path(this.fixture), null).expectStatus().isOk();
		this.fixture.api.get(endpoint.path(this.fixture), TestTokens.customer()).expectStatus().isOk();
	}

	static Stream<Arguments> matrix() {
		List<Arguments> cases = new ArrayList<>();
		for (Endpoint endpoint : Endpoint.values()) {
			for (Caller caller : Caller.values()) {
				cases.add(Arguments.of(endpoint, caller, endpoint.expectedFor(caller)));
			}
		}
		return cases.stream();
	}

	enum Caller {

		ANONYMOUS, CUSTOMER, OTHER_STORES_MANAGER, NON_MANAGER_STAFF, MANAGER, ADMIN

	}

	/**
	 * Each call makes what it needs (as admin) first, so successful calls never collide.
	 */
	enum Endpoint {

		CREATE_STORE(true, 201) {
			@Override
			RestTestClient.ResponseSpec call(Fixture f, String token) {
				return f.api.post(STORES, token, Requests.aStore().build());
			}
		},

		CHANGE_STORE(true, 200) {
			@Override
			RestTestClient.ResponseSpec call(Fixture f, String token) {
				return f.api.put(f.storePath(), token, f.storeBody);
			}
		},

		SET_HOURS(false, 200) {
			@Override
			RestTestClient.ResponseSpec call(Fixture f, String token) {
				return f.api.put(f.storePath() + "/operating-hours", token, Requests.alwaysOpen().build());
			}
		},

		LIST_STAFF(false, 200) {
			@Override
			RestTestClient.ResponseSpec call(Fixture f, String token) {
				return f.api.get(f.storePath() + "/staff", token);
			}
		},

		SHOW_STAFF(false, 200) {
			@Override
			RestTestClient.ResponseSpec call(Fixture f, String token) {
				return f.api.get(f.newStaffPath(), token);
			}
		},

		ADD_STAFF(false, 201) {
			@Override
			RestTestClient.ResponseSpec call(Fixture f, String token) {
				return f.api.post(f.storePath() + "/staff", token,
						Requests.aStaffMember(UUID.randomUUID(), "CASHIER").build());
			}
		},

		CHANGE_STAFF(false, 200) {
			@Override
			RestTestClient.ResponseSpec call(Fixture f, String token) {
				return f.api.put(f.newStaffPath(), token, Requests.aStaffChange("Ravi Shah", "SUPPORT", true));
			}
		},

		REMOVE_STAFF(false, 204) {
			@Override
			RestTestClient.ResponseSpec call(Fixture f, String token) {
				return f.api.delete(f.newStaffPath(), token);
			}
		},

		DRAW_ZONE(false, 201) {
			@Override
			RestTestClient.ResponseSpec call(Fixture f, String token) {
				return f.api.post(f.storePath() + "/delivery-zones", token,
						aZone("Old City", "380001").fee("20").minutes(25).build());
			}
		},

		CHANGE_ZONE(false, 200) {
			@Override
			RestTestClient.ResponseSpec call(Fixture f, String token) {
				return f.api.put(f.newZonePath(), token, aZone("Old City", "380002").fee("25").minutes(30).build());
			}
		},

		REMOVE_ZONE(false, 204) {
			@Override
			RestTestClient.ResponseSpec call(Fixture f, String token) {
				return f.api.delete(f.newZonePath(), token);
			}
		},

		READ_AUDIT_LOG(true, 200) {
			@Override
			RestTestClient.ResponseSpec call(Fixture f, String token) {
				return f.api.get("/api/v1/admin/audit?storeId=" + f.store(), token);
			}
		},

		ANNOUNCE_STAFF(true, 200) {
			@Override
			RestTestClient.ResponseSpec call(Fixture f, String token) {
				return f.api.post("/api/v1/admin/staff/announcements?storeId=" + f.store(), token);
			}
		};

		private final boolean adminOnly;

		private final int success;

		Endpoint(boolean adminOnly, int success) {
			this.adminOnly = adminOnly;
			this.success = success;
		}

		abstract RestTestClient.ResponseSpec call(Fixture fixture, String token);

		int expectedFor(Caller caller) {
			return switch (caller) {
				case ANONYMOUS -> 401;
				case CUSTOMER, OTHER_STORES_MANAGER, NON_MANAGER_STAFF -> 403;
				case MANAGER -> this.adminOnly ? 403 : this.success;
				case ADMIN -> this.success;
			};
		}

	}

	enum PublicEndpoint {

		LIST_STORES("/api/v1/stores"), SHOW_STORE("/api/v1/stores/{store}"),
		SHOW_HOURS("/api/v1/stores/{store}/operating-hours"), LIST_ZONES("/api/v1/stores/{store}/delivery-zones"),
		SHOW_ZONE("/api/v1/stores/{store}/delivery-zones/{zone}"),
		QUOTE("/api/v1/stores/{store}/delivery-quote?postalCode=380001&subtotal=120");

		private final String template;

		PublicEndpoint(String template) {
			this.template = template;
		}

		String path(Fixture fixture) {
			return (this == SHOW_ZONE) ? fixture.newZonePath()
					: this.template.replace("{store}", fixture.store().toString());
		}

	}

	record Fixture(Api api, UUID store, Requests.Store storeBody, Map<Caller, String> tokens) {

		/** The caller's token; none for anonymous callers. */
		String token(Caller caller) {
			return this.tokens.get(caller);
		}

		String storePath() {
			return STORES + "/" + this.store;
		}

		String newStaffPath() {
			return storePath() + "/staff/" + Api.id(this.api.addStaff(this.store, UUID.randomUUID(), "CHEF"));
		}

		String newZonePath() {
			Map<String, Object> zone = this.api.addZone(this.store, aZone("Navrangpura", "380009").minutes(30));
			return storePath() + "/delivery-zones/" + Api.id(zone);
		}

	}

}
