package com.jainshikanji.testsupport.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One HTTP interaction a consumer service relies on, written down by the consumer as an
 * example request and answer (a JSON file under the consumer's
 * {@code src/test/resources/contracts/}). The consumer's tests serve the example answer
 * from a stub; the provider's tests replay the request against the real provider and
 * check its real answer with {@link #assertAnsweredBy}: same status, and every member the
 * example has, at the same place and of the same JSON type. So neither side can drift
 * from what the other relies on without a test failing.
 *
 * <pre class="code">
 * {
 *   "description": "Price the items of an order at its store",
 *   "request": { "method": "POST", "path": "/api/v1/products/prices", "body": { ... } },
 *   "response": { "status": 200, "body": { ... } }
 * }
 * </pre>
 *
 * A {@code null} in the example answer means "may be null", and is not checked. A
 * problem's {@code type} must be equal, not only a string: clients switch on it.
 */
public final class ConsumerContract {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String name;

	private final JsonNode document;

	private ConsumerContract(String name, JsonNode document) {
		this.name = name;
		this.document = document;
	}

	/** A contract of the consumer whose tests run now, from its test classpath. */
	public static ConsumerContract fromClasspath(String name) {
		String resource = "contracts/" + name + ".json";
		try (InputStream in = ConsumerContract.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("No contract " + resource + " on the classpath");
			}
			return new ConsumerContract(name, JSON.readTree(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A contract another module (the consumer) wrote, for the provider's tests: read from
	 * {@code <project root>/<consumer>/src/test/resources/contracts/<name>.json}, the
	 * project root being the system property {@code project.root} or the parent of the
	 * module's directory.
	 */
	public static ConsumerContract ofConsumer(String consumer, String name) {
		Path root = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
		Path file = root.resolve(consumer).resolve("src/test/resources/contracts").resolve(name + ".json");
		try {
			return new ConsumerContract(consumer + ":" + name, JSON.readTree(Files.readString(file)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the contract " + file, ex);
		}
	}

	public String method() {
		return this.document.at("/request/method").asString();
	}

	/** The example request path, with the example's ids. */
	public String path() {
		return this.document.at("/request/path").asString();
	}

	/** A copy of the example request body, to put the provider's own ids into. */
	public ObjectNode requestBody() {
		return (ObjectNode) this.document.at("/request/body").deepCopy();
	}

	public int status() {
		return this.document.at("/response/status").asInt();
	}

	/** A copy of the example answer body, to adapt for a stub. */
	public JsonNode responseBody() {
		return this.document.at("/response/body").deepCopy();
	}

	/** The example answer body with some members replaced, written as JSON. */
	public String responseBodyWith(Map<String, Object> replacements) {
		JsonNode body = responseBody();
		replacements.forEach((pointer, value) -> replace(body, pointer, JSON.valueToTree(value)));
		return JSON.writeValueAsString(body);
	}

	/**
	 * Checks a real answer of the provider against the example: the status, and every
	 * member of the example body present with the same JSON type (for arrays, every
	 * element of the real answer against the example's first).
	 * @throws AssertionError naming every difference
	 */
	public void assertAnsweredBy(int status, String body) {
		List<String> differences = new ArrayList<>();
		if (status != status()) {
			differences.add("status " + status + ", expected " + status());
		}
		if (!this.document.at("/response/body").isMissingNode()) {
			compare(this.document.at("/response/body"), JSON.readTree(body), "", differences);
		}
		if (!differences.isEmpty()) {
			throw new AssertionError("The provider no longer answers as contract " + this.name + " expects:\n  "
					+ String.join("\n  ", differences) + "\nanswer: " + body);
		}
	}

	private static void compare(JsonNode expected, JsonNode actual, String path, List<String> differences) {
		if (expected.isNull()) {
			return;
		}
		if (actual == null || actual.isMissingNode()) {
			differences.add(path + " is missing");
			return;
		}
		if (expected.getNodeType() != actual.getNodeType()) {
			differences.add(path + " is " + actual.getNodeType() + ", expected " + expected.getNodeType());
			return;
		}
		if (expected.isObject()) {
			for (Map.Entry<String, JsonNode> member : expected.properties()) {
				String memberPath = path + "/" + member.getKey();
				if (!actual.has(member.getKey())) {
					differences.add(memberPath + " is missing");
				}
				else if ("/type".equals(memberPath) && !member.getValue().equals(actual.get("type"))) {
					differences.add("/type is " + actual.get("type") + ", expected " + member.getValue());
				}
				else {
					compare(member.getValue(), actual.get(member.getKey()), memberPath, differences);
				}
			}
		}
		else if (expected.isArray() && !expected.isEmpty()) {
			if (actual.isEmpty()) {
				differences.add(path + " is empty, so its elements cannot be checked");
			}
			for (int index = 0; index < actual.size(); index++) {
				compare(expected.get(0), actual.get(index), path + "/" + index, differences);
			}
		}
	}

	private static void replace(JsonNode root, String pointer, JsonNode value) {
		int slash = pointer.lastIndexOf('/');
		JsonNode parent = root.at(pointer.substring(0, slash));
		String member = pointer.substring(slash + 1);
		if (parent instanceof ObjectNode object) {
			object.set(member, value);
		}
		else if (parent instanceof tools.jackson.databind.node.ArrayNode array) {
			array.set(Integer.parseInt(member), value);
		}
		else {
			throw new IllegalArgumentException("No member at " + pointer);
		}
	}

}
