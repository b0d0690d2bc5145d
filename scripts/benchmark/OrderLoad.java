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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places orders through the gateway as an app does and reports orders per second and
 * latency percentiles of the measured period. Run as a source file with
 * {@code key=value} arguments:
 * <ul>
 * <li>{@code gateway=URL sandbox=URL token=JWT body=FILE}: where to send what; every
 * order gets a new Idempotency-Key;
 * <li>{@code payment=cod}: an order is one placement (201); {@code payment=online}: an
 * order is placed, then paid as Razorpay Standard Checkout does it: the app initiates
 * the payment (retrying {@code order-not-yet-known} every 100 ms until the payment
 * service has heard of the order from Kafka), the customer pays in the Razorpay sandbox
 * (which then sends its signed webhooks to the payment service), the app verifies; the
 * order counts once verify answers 200;
 * <li>{@code clients=N}: a closed loop, N clients each waiting for its order to be done
 * before the next (the saturation rate); or {@code rate=R}: an open loop, a new order
 * every 1/R s whatever the answers, latency measured from the intended start (so a
 * stall is not hidden by the client waiting: no coordinated omission);
 * <li>{@code warmup=S seconds=S}: how long to run before and while measuring;
 * <li>{@code timeline=S} (optional): also print the outcomes of every S seconds of
 * intended starts, from the first order on (to see when failures happened).
 * </ul>
 * Prints one line of {@code key=value}: orders done and per second, p50/p99 of the whole
 * order and of its placement alone (ms), the outcomes, initiate retries, and the
 * measured period's bounds as epoch seconds (for reading the databases afterwards).
 */
public class OrderLoad {

	private static final Pattern ORDER_ID = Pattern.compile("^\\{\"id\":\"([0-9a-f-]{36})\"");


	private static final Pattern RAZORPAY_ORDER = Pattern.compile("\"order_id\":\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String gateway;

	private final String sandbox;

	private final String token;

	private final String body;

	private final boolean online;

	private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();

	private final LongAdder initiateRetries = new LongAdder();

	private final List<long[]> done = Collections.synchronizedList(new ArrayList<>());

	/** Outcomes per {@code timeline} seconds of intended start, from the first order on. */
	private final Map<Long, Map<String, LongAdder>> timeline = new ConcurrentHashMap<>();

	private final long timelineStep;

	private volatile long firstStart;

	private volatile long measureFrom = Long.MAX_VALUE;

	private volatile long measureUntil = Long.MAX_VALUE;

	OrderLoad(Map<String, String> options) throws Exception {
		this.gateway = options.getOrDefault("gateway", "http://127.0.0.1:8080");
		this.sandbox = options.getOrDefault("sandbox", "http://127.0.0.1:8090");
		this.token = options.get("token");
		this.body = Files.readString(Path.of(options.get("body")));
		this.online = "online".equals(options.getOrDefault("payment", "cod"));
		this.timelineStep = Long.parseLong(options.getOrDefault("timeline", "0")) * 1_000_000_000L;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = LoadFigures.options(args);
		OrderLoad load = new OrderLoad(options);
		Duration warmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "30")));
		Duration measured = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "20")));
		if (options.containsKey("rate")) {
			load.openLoop(Double.parseDouble(options.get("rate")), warmup, measured);
		}
		else {
			load.closedLoop(Integer.parseInt(options.getOrDefault("clients", "16")), warmup, measured);
		}
		System.exit(0);
	}

	void closedLoop(int clients, Duration warmup, Duration measured) throws Exception {
		AtomicBoolean stop = new AtomicBoolean();
		this.firstStart = System.nanoTime();
		ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
		for (int i = 0; i < clients; i++) {
			threads.submit(() -> {
				while (!stop.get()) {
					order(System.nanoTime());
				}
				return null;
			});
		}
		long started = System.nanoTime();
		this.measureFrom = started + warmup.toNanos();
		this.measureUntil = this.measureFrom + measured.toNanos();
		Thread.sleep(warmup.plus(measured));
		stop.set(true);
		threads.shutdown();
		threads.awaitTermination(2, TimeUnit.MINUTES);
		report("closed", "clients=" + clients, measured);
	}

	void openLoop(double rate, Duration warmup, Duration measured) throws Exception {
		ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
		long started = System.nanoTime();
		this.firstStart = started;
		this.measureFrom = started + warmup.toNanos();
		this.measureUntil = this.measureFrom + measured.toNanos();
		long interval = (long) (1e9 / rate);
		for (long intended = started; intended < this.measureUntil; intended += interval) {
			long wait = intended - System.nanoTime();
			if (wait > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			long at = intended;
			threads.submit(() -> order(at));
		}
		threads.shutdown();
		threads.awaitTermination(3, TimeUnit.MINUTES);
		report("open", String.format("rate=%.1f", rate), measured);
	}

	/**
	 * One order, timed from {@code intended}; counted if it was to start within the
	 * measured period.
	 */
	private Void order(long intended) {
		String outcome;
		long placed = 0;
		try {
			HttpResponse<String> placement = post(this.gateway + "/api/v1/orders", this.body, true);
			placed = System.nanoTime();
			outcome = LoadFigures.failure("place", placement);
			if (placement.statusCode() == 201 && this.online) {
				outcome = pay(placement.body());
			}
			else if (placement.statusCode() == 201) {
				outcome = "ok";
			}
		}
		catch (Exception ex) {
			outcome = ex.getClass().getSimpleName();
		}
		long finished = System.nanoTime();
		if (this.timelineStep > 0) {
			this.timeline.computeIfAbsent((intended - this.firstStart) / this.timelineStep, (t) -> new ConcurrentHashMap<>())
				.computeIfAbsent(outcome, (o) -> new LongAdder())
				.increment();
		}
		if (intended >= this.measureFrom && intended < this.measureUntil) {
			this.outcomes.computeIfAbsent(outcome, (o) -> new LongAdder()).increment();
			if (outcome.equals("ok")) {
				this.done.add(new long[] { finished - intended, placed - intended });
			}
		}
		return null;
	}

	/** Razorpay Standard Checkout for a placed order: initiate, pay, verify. */
	private String pay(String placed) throws Exception {
		String orderId = group(ORDER_ID, placed);
		String initiate = "{\"orderId\":\"" + orderId + "\"}";
		HttpResponse<String> initiated = post(this.gateway + "/api/v1/payments/initiate", initiate, false);
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (initiated.statusCode() == 409 && initiated.body().contains("order-not-yet-known")
				&& System.nanoTime() < deadline) {
			this.initiateRetries.increment();
			Thread.sleep(100);
			initiated = post(this.gateway + "/api/v1/payments/initiate", initiate, false);
		}
		if (initiated.statusCode() != 201) {
			return LoadFigures.failure("initiate", initiated);
		}
		String razorpayOrder = group(RAZORPAY_ORDER, initiated.body());
		HttpResponse<String> paid = send(HttpRequest.newBuilder(URI.create(this.sandbox + "/sandbox/orders/" + razorpayOrder + "/pay"))
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.noBody()));
		if (paid.statusCode() != 200) {
			return LoadFigures.failure("pay", paid);
		}
		HttpResponse<String> verified = post(this.gateway + "/api/v1/payments/verify", paid.body(), false);
		return (verified.statusCode() == 200) ? "ok" : LoadFigures.failure("verify", verified);
	}


	private HttpResponse<String> post(String url, String json, boolean newKey) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + this.token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (newKey) {
			request.header("Idempotency-Key", UUID.randomUUID().toString());
		}
		return send(request);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String group(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		if (!matcher.find()) {
			throw new IllegalStateException("unexpected answer: " + text);
		}
		return matcher.group(1);
	}

	private void report(String mode, String load, Duration measured) {
		List<Long> whole = new ArrayList<>();
		List<Long> placement = new ArrayList<>();
		synchronized (this.done) {
			for (long[] times : this.done) {
				whole.add(times[0]);
				placement.add(times[1]);
			}
		}
		Collections.sort(whole);
		Collections.sort(placement);
		Map<String, Long> counts = new TreeMap<>();
		this.outcomes.forEach((outcome, count) -> counts.put(outcome, count.sum()));
		// Epoch seconds of the measured period, from the wall clock at the end.
		double nowEpoch = System.currentTimeMillis() / 1e3;
		double nowNanos = System.nanoTime() / 1e9;
		System.out.printf(
				"mode=%s %s payment=%s done=%d seconds=%d perSecond=%.1f p50=%.1f p99=%.1f placeP50=%.1f placeP99=%.1f"
						+ " outcomes=%s initiateRetries=%d from=%.3f until=%.3f%n",
				mode, load, this.online ? "online" : "cod", whole.size(), measured.toSeconds(),
				whole.size() / (double) measured.toSeconds(), LoadFigures.millis(whole, 0.50), LoadFigures.millis(whole, 0.99),
				LoadFigures.millis(placement, 0.50), LoadFigures.millis(placement, 0.99), counts.toString().replace(" ", ""),
				this.initiateRetries.sum(), nowEpoch - (nowNanos - this.measureFrom / 1e9),
				nowEpoch - (nowNanos - this.measureUntil / 1e9));
		if (this.timelineStep > 0) {
			StringBuilder line = new StringBuilder("timeline");
			new TreeMap<>(this.timeline).forEach((step, inStep) -> {
				Map<String, Long> sorted = new TreeMap<>();
				inStep.forEach((outcome, count) -> sorted.put(outcome, count.sum()));
				line.append(String.format(" %ds:%s", step * this.timelineStep / 1_000_000_000L,
						sorted.toString().replace(" ", "")));
			});
			System.out.println(line);
		}
	}


}
