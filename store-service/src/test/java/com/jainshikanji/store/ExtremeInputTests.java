package com.jainshikanji.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.security.TestTokens;
import com.jainshikanji.testsupport.web.Problem;

import static com.jainshikanji.store.Api.STORES;
import static com.jainshikanji.store.Requests.aZone;
import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a client sends, the answer is never a 5xx: every field of every write body,
 * and the quote's query, gets values far outside what the columns hold (amounts beyond
 * NUMERIC(10, 2) or with a third decimal, numbers beyond {@code int}, 10,000-character
 * strings, NUL characters, dates no database stores, values of the wrong JSON type).
 * Values a column cannot hold are refused as a 400 naming the field.
 */
@StoreServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtremeInputTests {

	private static final String LONG = "x".repeat(10_000);

	private static final String DOTTED_I = "\u0130";

	/** Raw JSON values, each put in place of one field at a time. */
	private static final List<String> EXTREMES = List.of("1e9", "1000000000.00", "99999999.999", "1e30", "-1e30",
			"1.001", "0.001", "1e-30", "1e999999999", "-1e999999999", "1e-999999999",
			"99999999999999999999999999999999", "2147483648", "-2147483649", "9223372036854775808",
			"1" + "0".repeat(1200), quoted(LONG), quoted("\\u0000"), quoted("a\\u0000b"), quoted(""), quoted("   "),
			quoted("\\ud800"), "true", "[]", "{}", "null", quoted("+999999999-12-31"), quoted("-999999999-01-01"),
			quoted("24:00"), quoted("23:59:59.999999999"), quoted("9999-12-31T23:59:59Z"));

	@Autowired
	RestTestClient client;

	Api api;

	UUID storeId;

	String staffPath;

	String zonePath;

	@BeforeAll
	void setUp() {
		this.api = new Api(this.client);
		this.storeId = this.api.createStore();
		this.staffPath = STORES + "/" + this.storeId + "/staff/"
				+ Api.id(this.api.addStaff(this.storeId, UUID.randomUUID(), "CHEF"));
		this.zonePath = STORES + "/" + this.storeId + "/delivery-zones/"
				+ Api.id(this.api.addZone(this.storeId, aZone("Old City", "380001").fee("20").minutes(25)));
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(WriteEndpoint.class)
	void noValueInAnyFieldOfAWriteBodyIsAServerError(WriteEndpoint endpoint) {
		List<String> failures = new ArrayList<>();
		for (List<Object> path : leavesAndBranches(endpoint.validBody(this), new ArrayList<>())) {
			for (String extreme : EXTREMES) {
				// A fresh body each time (new slug, new user), so no request is refused
				// as a
				// duplicate before its extreme value reaches the database.
				String body = Json.write(Json.replace(endpoint.validBody(this), path, new Json.Raw(extreme)));
				EntityExchangeResult<String> result = this.client.method(endpoint.method)
					.uri(endpoint.path(this))
					.headers((headers) -> headers.setBearerAuth(TestTokens.admin()))
					.contentType(MediaType.APPLICATION_JSON)
					.body(body)
					.exchange()
					.expectBody(String.class)
					.returnResult();
				int status = result.getStatus().value();
				boolean problemJson = MediaType.APPLICATION_PROBLEM_JSON
					.isCompatibleWith(result.getResponseHeaders().getContentType());
				if (status >= 500 || (status >= 400 && !problemJson)) {
					failures.add(Json.pathOf(path) + " = " + abbreviate(extreme) + " -> " + status + " "
							+ abbreviate(String.valueOf(result.getResponseBody())));
				}
			}
		}
		assertThat(failures).as("%s answered these with a server error", endpoint).isEmpty();
	}

	@Test
	void amountsAndTimesBeyondTheColumnsAreRefusedNamingTheField() {
		for (String field : List.of("minimumOrderValue", "deliveryFee", "freeDeliveryThreshold")) {
			for (String amount : List.of("1e9", "1000000000.00", "12.345", "1e30")) {
				assertNamed(HttpMethod.POST, STORES, replace(validStore(), field, amount), field);
			}
		}
		for (String minutes : List.of("601", "2147483648", "1e30", "-1")) {
			assertNamed(HttpMethod.POST, STORES, replace(validStore(), "estimatedPreparationMinutes", minutes),
					"estimatedPreparationMinutes");
			assertNamed(HttpMethod.PUT, this.zonePath, replace(validZone(), "estimatedMinutes", minutes),
					"estimatedMinutes");
		}
		for (String amount : List.of("1e9", "0.001", "1e999999999")) {
			assertNamed(HttpMethod.PUT, this.zonePath, replace(validZone(), "deliveryFee", amount), "deliveryFee");
		}
		assertNamed(HttpMethod.POST, STORES,
				Json.replace(validStore(), List.of("coordinates", "latitude"), new Json.Raw("1e999999999")),
				"coordinates.latitude");
	}

	@Test
	void textBeyondTheColumnsOrWithNulCharactersIsRefusedNamingTheField() {
		for (String field : List.of("name", "description")) {
			assertNamed(HttpMethod.POST, STORES, replace(validStore(), field, quoted(LONG)), field);
			assertNamed(HttpMethod.POST, STORES, replace(validStore(), field, quoted("Manek\\u0000Chowk")), field);
		}
		for (String field : List.of("line1", "line2", "city", "state", "country", "postalCode")) {
			assertNamed(HttpMethod.POST, STORES,
					Json.replace(validStore(), List.of("address", field), new Json.Raw(quoted(LONG))),
					"address." + field);
			assertNamed(HttpMethod.POST, STORES,
					Json.replace(validStore(), List.of("address", field), new Json.Raw(quoted("38\\u00000"))),
					"address." + field);
		}
		assertNamed(HttpMethod.POST, STORES,
				Json.replace(validStore(), List.of("contact", "email"), new Json.Raw(quoted(LONG + "@example.com"))),
				"contact.email");
		assertNamed(HttpMethod.PUT, this.staffPath, replace(validStaffChange(), "name", quoted(LONG)), "name");
		assertNamed(HttpMethod.PUT, this.staffPath, replace(validStaffChange(), "name", quoted("Ravi\\u0000")), "name");
		assertNamed(HttpMethod.PUT, this.zonePath, replace(validZone(), "name", quoted("Old\\u0000City")), "name");
	}

	/**
	 * Emails are stored in lower case, and lower-casing can lengthen them: "İ" becomes
	 * two characters ("i" and a combining dot). This one is 255 characters as sent, 319
	 * as stored.
	 */
	@Test
	void anEmailThatOutgrowsItsColumnWhenLowerCasedIsRefusedNamingTheField() {
		String email = DOTTED_I.repeat(64) + "@" + domain(190);
		assertThat(email).hasSize(255);

		Map<String, Object> store = Json.replace(validStore(), List.of("contact", "email"),
				new Json.Raw(quoted(email)));

		assertNamed(HttpMethod.POST, STORES, store, "contact.email");
		assertNamed(HttpMethod.PUT, STORES + "/" + this.storeId, store, "contact.email");
		assertNamed(HttpMethod.POST, STORES + "/" + this.storeId + "/staff",
				replace(validStaff(), "email", quoted(email)), "email");
		assertNamed(HttpMethod.PUT, this.staffPath, replace(validStaffChange(), "email", quoted(email)), "email");
	}

	@Test
	void anEmailThatFillsItsColumnWhenLowerCasedIsStored() {
		// 223 characters as sent, 255 as stored.
		String email = DOTTED_I.repeat(32) + "a".repeat(32) + "@" + domain(158);
		String stored = email.toLowerCase(Locale.ROOT);
		assertThat(stored).hasSize(255);

		Map<String, Object> store = this.api.createStore(Requests.aStore().contact(email, "+91 79 2214 0001").build());
		Map<String, Object> member = Api
			.map(this.api
				.post(STORES + "/" + this.storeId + "/staff", Api.admin(),
						Requests.aStaffMember(UUID.randomUUID(), "CHEF").email(email).build())
				.expectStatus()
				.isCreated());

		assertThat(Api.object(store.get("contact"))).containsEntry("email", stored);
		assertThat(member).containsEntry("email", stored);
	}

	@Test
	void datesNoDatabaseHoldsAreRefusedNamingTheField() {
		for (String date : List.of("+999999999-12-31", "-999999999-01-01", "0000-01-01", "10000-01-01")) {
			assertNamed(HttpMethod.PUT, this.staffPath, replace(validStaffChange(), "hireDate", quoted(date)),
					"hireDate");
		}
	}

	@Test
	void noQueryOfAStoreOrAQuoteIsAServerError() {
		String quote = STORES + "/" + this.storeId + "/delivery-quote";
		List<String> queries = new ArrayList<>();
		for (String subtotal : List.of("1e30", "-1e30", "1e999999999", "1e9999999999", "1" + "0".repeat(1200),
				"99999999.999", "NaN", "Infinity", "0x10", "")) {
			queries.add(quote + "?postalCode=380001&subtotal=" + subtotal);
		}
		for (String postalCode : List.of("x".repeat(10_000), "3".repeat(2_000), "%00%00%00", "380%00001",
				"%F0%9F%8D%8B%F0%9F%8D%8B")) {
			queries.add(quote + "?postalCode=" + postalCode);
		}
		queries.add(STORES + "?page=2147483647&size=100");
		queries.add(STORES + "?page=99999999999");
		queries.add(STORES + "?page=21474837&size=100");
		queries.add(STORES + "?city=" + "x".repeat(5_000));
		queries.add(STORES + "?city=%00");
		queries.add(STORES + "/" + "f".repeat(5_000));
		for (String query : queries) {
			int status = this.api.get(query, null).returnResult(String.class).getStatus().value();
			assertThat(status).as(abbreviate(query)).isLessThan(500);
		}
		assertThat(problem(this.api.get(quote + "?postalCode=380001&subtotal=1e30", null), 400).fields())
			.containsExactly("subtotal");
		assertThat(problem(this.api.get(quote + "?postalCode=" + "3".repeat(2_000), null), 400).fields())
			.containsExactly("postalCode");
		assertThat(problem(this.api.get(STORES + "?page=21474837&size=100", null), 400).fields())
			.containsExactly("page");
	}

	private void assertNamed(HttpMethod method, String path, Map<String, Object> body, String field) {
		Problem problem = problem(this.client.method(method)
			.uri(path)
			.headers((headers) -> headers.setBearerAuth(TestTokens.admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Json.write(body))
			.exchange(), 400);
		assertThat(problem.fields()).as("%s %s with %s", method, path, abbreviate(Json.write(body))).contains(field);
	}

	private static Map<String, Object> replace(Map<String, Object> body, String field, String rawJson) {
		return Json.replace(body, List.of(field), new Json.Raw(rawJson));
	}

	Map<String, Object> validStore() {
		Map<String, Object> contact = new LinkedHashMap<>(
				Map.of("email", "store@example.com", "phone", "+91 79 2214 0001"));
		Map<String, Object> address = new LinkedHashMap<>();
		address.put("line1", "Manek Chowk");
		address.put("line2", "Near Badshah no Hajiro");
		address.put("city", "Ahmedabad");
		address.put("state", "Gujarat");
		address.put("postalCode", "380001");
		address.put("country", "India");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("slug", Requests.uniqueSlug());
		body.put("name", "Jain Shikanji Test");
		body.put("description", "Shikanji by the lake");
		body.put("contact", contact);
		body.put("address", address);
		body.put("coordinates", new LinkedHashMap<>(Map.of("latitude", 23.0237, "longitude", 72.5879)));
		body.put("timeZone", "Asia/Kolkata");
		body.put("active", true);
		body.put("acceptingOrders", true);
		body.put("minimumOrderValue", 100);
		body.put("deliveryFee", 30);
		body.put("freeDeliveryThreshold", 500);
		body.put("estimatedPreparationMinutes", 15);
		return body;
	}

	Map<String, Object> validWeek() {
		Map<String, Object> week = new LinkedHashMap<>();
		for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
			Map<String, Object> hours = new LinkedHashMap<>();
			hours.put("closed", false);
			hours.put("opensAt", "09:00");
			hours.put("closesAt", "22:00");
			week.put(day, hours);
		}
		return week;
	}

	Map<String, Object> validStaff() {
		Map<String, Object> body = validStaffChange();
		body.remove("active");
		body.put("userId", UUID.randomUUID().toString());
		return body;
	}

	Map<String, Object> validStaffChange() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", "Ravi Shah");
		body.put("email", "ravi@example.com");
		body.put("phone", "+91 98250 12345");
		body.put("role", "CHEF");
		body.put("active", true);
		body.put("hireDate", "2025-06-01");
		return body;
	}

	Map<String, Object> validZone() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", "Old City");
		body.put("postalCodes", new ArrayList<>(List.of("380001", "380002")));
		body.put("deliveryFee", 20);
		body.put("estimatedMinutes", 25);
		body.put("active", true);
		return body;
	}

	/** Every path into the body: each leaf, and each object or list as a whole. */
	private static List<List<Object>> leavesAndBranches(Object node, List<Object> path) {
		List<List<Object>> paths = new ArrayList<>();
		if (!path.isEmpty()) {
			paths.add(List.copyOf(path));
		}
		if (node instanceof Map<?, ?> map) {
			for (Object key : map.keySet()) {
				path.add(key);
				paths.addAll(leavesAndBranches(map.get(key), path));
				path.removeLast();
			}
		}
		else if (node instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				path.add(i);
				paths.addAll(leavesAndBranches(list.get(i), path));
				path.removeLast();
			}
		}
		return paths;
	}

	/** A valid domain of exactly this length (at least 132). */
	private static String domain(int length) {
		String labels = "b".repeat(63) + "." + "c".repeat(63) + ".";
		return labels + "d".repeat(length - labels.length() - 4) + ".com";
	}

	private static String quoted(String text) {
		return "\"" + text + "\"";
	}

	private static String abbreviate(String text) {
		return (text.length() > 120)
				? text.substring(0, 60) + "..(" + text.length() + " chars).." + text.substring(text.length() - 30)
				: text;
	}

	enum WriteEndpoint {

		CREATE_STORE(HttpMethod.POST, (t) -> STORES, ExtremeInputTests::validStore),
		CHANGE_STORE(HttpMethod.PUT, (t) -> STORES + "/" + t.storeId, ExtremeInputTests::validStore),
		SET_HOURS(HttpMethod.PUT, (t) -> STORES + "/" + t.storeId + "/operating-hours", ExtremeInputTests::validWeek),
		ADD_STAFF(HttpMethod.POST, (t) -> STORES + "/" + t.storeId + "/staff", ExtremeInputTests::validStaff),
		CHANGE_STAFF(HttpMethod.PUT, (t) -> t.staffPath, ExtremeInputTests::validStaffChange),
		DRAW_ZONE(HttpMethod.POST, (t) -> STORES + "/" + t.storeId + "/delivery-zones", ExtremeInputTests::validZone),
		CHANGE_ZONE(HttpMethod.PUT, (t) -> t.zonePath, ExtremeInputTests::validZone);

		private final HttpMethod method;

		private final Function<ExtremeInputTests, String> path;

		private final Function<ExtremeInputTests, Map<String, Object>> body;

		WriteEndpoint(HttpMethod method, Function<ExtremeInputTests, String> path,
				Function<ExtremeInputTests, Map<String, Object>> body) {
			this.method = method;
			this.path = path;
			this.body = body;
		}

		String path(ExtremeInputTests tests) {
			return this.path.apply(tests);
		}

		Map<String, Object> validBody(ExtremeInputTests tests) {
			return this.body.apply(tests);
		}

	}

	/**
	 * Just enough JSON writing to put raw, possibly absurd, values where a client could.
	 */
	static final class Json {

		record Raw(String json) {
		}

		@SuppressWarnings("unchecked")
		static Map<String, Object> replace(Map<String, Object> body, List<Object> path, Object value) {
			Map<String, Object> copy = (Map<String, Object>) deepCopy(body);
			Object parent = copy;
			for (Object step : path.subList(0, path.size() - 1)) {
				parent = (step instanceof Integer index) ? ((List<Object>) parent).get(index)
						: ((Map<String, Object>) parent).get(step);
			}
			Object last = path.getLast();
			if (last instanceof Integer index) {
				((List<Object>) parent).set(index, value);
			}
			else {
				((Map<String, Object>) parent).put((String) last, value);
			}
			return copy;
		}

		static String pathOf(List<Object> path) {
			StringBuilder text = new StringBuilder();
			for (Object step : path) {
				if (step instanceof Integer index) {
					text.append('[').append(index).append(']');
				}
				else {
					text.append(text.isEmpty() ? "" : ".").append(step);
				}
			}
			return text.toString();
		}

		static String write(Object node) {
			StringBuilder json = new StringBuilder();
			write(node, json);
			return json.toString();
		}

		private static void write(Object node, StringBuilder json) {
			if (node instanceof Raw raw) {
				json.append(raw.json());
			}
			else if (node instanceof Map<?, ?> map) {
				json.append('{');
				String separator = "";
				for (Map.Entry<?, ?> entry : map.entrySet()) {
					json.append(separator).append('"').append(entry.getKey()).append("\":");
					write(entry.getValue(), json);
					separator = ",";
				}
				json.append('}');
			}
			else if (node instanceof List<?> list) {
				json.append('[');
				for (int i = 0; i < list.size(); i++) {
					json.append((i > 0) ? "," : "");
					write(list.get(i), json);
				}
				json.append(']');
			}
			else if (node instanceof String text) {
				json.append('"').append(text.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
			}
			else {
				json.append(node);
			}
		}

		private static Object deepCopy(Object node) {
			if (node instanceof Map<?, ?> map) {
				Map<Object, Object> copy = new LinkedHashMap<>();
				map.forEach((key, value) -> copy.put(key, deepCopy(value)));
				return copy;
			}
			if (node instanceof List<?> list) {
				return new ArrayList<>(list.stream().map(Json::deepCopy).toList());
			}
			return node;
		}

	}

}
