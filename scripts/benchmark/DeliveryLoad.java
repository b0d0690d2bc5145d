import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives orders to delivered at a steady rate through the gateway, for the latency of
 * what a delivery sets off (issue 12, P3): the loyalty points it earns and the other
 * consumers' effects. Placing orders costs the platform far more than delivering them
 * (≈ 20 placements/s saturate this 2-core machine), so the orders are placed and
 * prepared beforehand, as fast as the platform takes them, and only their last step runs
 * at the measured rate. Run as a source file with {@code key=value} arguments:
 * <ul>
 * <li>{@code step=stage gateway=URL staff=JWT body=FILE customers=K count=N clients=C
 * ids=FILE}: registers K new customers, places N cash-on-delivery pickup orders for them
 * in turn (each with its own Idempotency-Key, sent again after a 503 as an app does),
 * moves each through preparing and ready, and writes the ready orders' ids to FILE.
 * Many customers, because one customer's orders share what is kept per customer (the
 * loyalty account's row lock, the tier's sum of a year's points) as no real day's orders
 * do;
 * <li>{@code step=deliver gateway=URL staff=JWT ids=FILE rate=R warmup=S seconds=S}:
 * marks those orders delivered (cash collected), one every 1/R s whatever the answers
 * (an open loop, latency from the intended start), for warmup + seconds.
 * </ul>
 * Prints one line of {@code key=value}: orders done and per second, p50/p99 (ms), the
 * outcomes, and for {@code deliver} the measured period's bounds as epoch seconds (for
 * reading the databases afterwards).
 */
public class DeliveryLoad {

	private static final Pattern ORDER_ID = Pattern.compile("^\\{\"id\":\"([0-9a-f-]{36})\"");

	private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");


	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final Map<String, String> options;

	private final String gateway;

	private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();

	private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());

	DeliveryLoad(Map<String, String> options) {
		this.options = options;
		this.gateway = options.getOrDefault("gateway", "http://127.0.0.1:8080");
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = LoadFigures.options(args);
		DeliveryLoad load = new DeliveryLoad(options);
		switch (options.get("step")) {
			case "stage" -> load.stage();
			case "deliver" -> load.deliver();
			default -> throw new IllegalArgumentException("step=stage or step=deliver");
		}
		System.exit(0);
	}

	void stage() throws Exception {
		int count = Integer.parseInt(this.options.get("count"));
		int clients = Integer.parseInt(this.options.getOrDefault("clients", "8"));
		String staff = this.options.get("staff");
		String body = Files.readString(Path.of(this.options.get("body")));
		List<String> customers = register(Integer.parseInt(this.options.getOrDefault("customers", "100")));
		List<String> ready = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger next = new AtomicInteger();
		long started = System.nanoTime();
		ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
		for (int i = 0; i < clients; i++) {
			threads.submit(() -> {
				for (int order = next.getAndIncrement(); order < count; order = next.getAndIncrement()) {
					long at = System.nanoTime();
					String outcome = prepare(customers.get(order % customers.size()), staff, body, ready);
					count(outcome, at);
				}
				return null;
			});
		}
		threads.shutdown();
		threads.awaitTermination(2, TimeUnit.HOURS);
		Files.write(Path.of(this.options.get("ids")), ready);
		report("stage", "clients=" + clients, ready.size(), Duration.ofNanos(System.nanoTime() - started), null);
	}

	/** New customers, registered as the app does; their access tokens. */
	private List<String> register(int customers) throws Exception {
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < customers; i++) {
			String registration = "{\"email\":\"p3-%s@example.com\",\"password\":\"p3-%s\",\"firstName\":\"Bench\"}"
				.formatted(UUID.randomUUID(), UUID.randomUUID());
			HttpResponse<String> registered = send("POST", "/api/v1/auth/register", registration, null, null);
			Matcher token = ACCESS_TOKEN.matcher(registered.body());
			if (registered.statusCode() != 201 || !token.find()) {
				throw new IllegalStateException("registration: " + registered.statusCode() + " " + registered.body());
			}
			tokens.add(token.group(1));
		}
		return tokens;
	}

	/** One order placed, then preparing, then ready; its id kept if all went through. */
	private String prepare(String customer, String staff, String body, List<String> ready) throws Exception {
		String key = "p3-" + UUID.randomUUID();
		HttpResponse<String> placed = send("POST", "/api/v1/orders", body, customer, key);
		long patience = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while ((placed.statusCode() >= 500 || placed.body().contains("idempotency-key-in-use"))
				&& System.nanoTime() < patience) {
			Thread.sleep(200);
			placed = send("POST", "/api/v1/orders", body, customer, key);
		}
		if (placed.statusCode() != 201) {
			return LoadFigures.failure("place", placed);
		}
		Matcher id = ORDER_ID.matcher(placed.body());
		if (!id.find()) {
			return "place:unexpected-body";
		}
		String orderId = id.group(1);
		for (String status : List.of("preparing", "ready")) {
			HttpResponse<String> moved = send("PUT", "/api/v1/orders/" + orderId + "/status",
					"{\"status\":\"" + status + "\"}", staff, null);
			if (moved.statusCode() != 200) {
				return LoadFigures.failure(status, moved);
			}
		}
		ready.add(orderId);
		return "ok";
	}

	void deliver() throws Exception {
		double rate = Double.parseDouble(this.options.get("rate"));
		Duration warmup = Duration.ofSeconds(Long.parseLong(this.options.getOrDefault("warmup", "10")));
		Duration measured = Duration.ofSeconds(Long.parseLong(this.options.getOrDefault("seconds", "30")));
		String staff = this.options.get("staff");
		List<String> orders = Files.readAllLines(Path.of(this.options.get("ids")));
		long interval = (long) (1e9 / rate);
		long started = System.nanoTime();
		long measureFrom = started + warmup.toNanos();
		long measureUntil = measureFrom + measured.toNanos();
		ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
		int sent = 0;
		for (long intended = started; intended < measureUntil && sent < orders.size(); intended += interval) {
			long wait = intended - System.nanoTime();
			if (wait > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			long at = intended;
			boolean counted = at >= measureFrom;
			String orderId = orders.get(sent++);
			threads.submit(() -> {
				String outcome;
				try {
					HttpResponse<String> delivered = send("PUT", "/api/v1/orders/" + orderId + "/status",
							"{\"status\":\"delivered\",\"cashCollected\":true}", staff, null);
					outcome = (delivered.statusCode() == 200) ? "ok" : LoadFigures.failure("deliver", delivered);
				}
				catch (Exception ex) {
					outcome = ex.getClass().getSimpleName();
				}
				if (counted) {
					count(outcome, at);
				}
				return null;
			});
		}
		threads.shutdown();
		threads.awaitTermination(3, TimeUnit.MINUTES);
		if (sent == orders.size() && sent < rate * (warmup.plus(measured).toSeconds())) {
			System.err.println("only " + sent + " orders were staged: the run ended early");
		}
		// Epoch seconds of the measured period, from the wall clock now.
		double nowEpoch = System.currentTimeMillis() / 1e3;
		double nowNanos = System.nanoTime() / 1e9;
		report("deliver", String.format("rate=%.1f", rate), this.latencies.size(), measured,
				String.format("from=%.3f until=%.3f", nowEpoch - (nowNanos - measureFrom / 1e9),
						nowEpoch - (nowNanos - measureUntil / 1e9)));
	}

	private void count(String outcome, long startedAt) {
		this.outcomes.computeIfAbsent(outcome, (o) -> new LongAdder()).increment();
		if (outcome.equals("ok")) {
			this.latencies.add(System.nanoTime() - startedAt);
		}
	}


	private HttpResponse<String> send(String method, String path, String json, String token, String idempotencyKey)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.gateway + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private void report(String step, String load, int done, Duration period, String bounds) {
		List<Long> sorted;
		synchronized (this.latencies) {
			sorted = new ArrayList<>(this.latencies);
		}
		Collections.sort(sorted);
		Map<String, Long> counts = new TreeMap<>();
		this.outcomes.forEach((outcome, count) -> counts.put(outcome, count.sum()));
		System.out.printf("step=%s %s done=%d seconds=%.1f perSecond=%.1f p50=%.1f p99=%.1f outcomes=%s%s%n", step,
				load, done, period.toMillis() / 1e3, done / (period.toMillis() / 1e3), LoadFigures.millis(sorted, 0.50),
				LoadFigures.millis(sorted, 0.99), counts.toString().replace(" ", ""), (bounds != null) ? " " + bounds : "");
	}


}
