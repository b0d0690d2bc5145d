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
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Places orders as fast as {@code concurrency} clients can, each waiting for its answer
 * before the next (a closed loop), every order with a new Idempotency-Key; reports orders
 * placed per second and the latency percentiles of the measured period. Run as a source
 * file: {@code java OrderLoad.java URL TOKEN BODY_FILE CONCURRENCY WARMUP_SECONDS SECONDS}.
 */
public class OrderLoad {

	public static void main(String[] args) throws Exception {
		URI url = URI.create(args[0]);
		String token = args[1];
		String body = Files.readString(Path.of(args[2]));
		int concurrency = Integer.parseInt(args[3]);
		Duration warmup = Duration.ofSeconds(Long.parseLong(args[4]));
		Duration measured = Duration.ofSeconds(Long.parseLong(args[5]));

		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		AtomicBoolean measuring = new AtomicBoolean();
		AtomicBoolean stop = new AtomicBoolean();
		List<List<Long>> latencies = Collections.synchronizedList(new ArrayList<>());
		Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
		LongAdder placedInAll = new LongAdder();
		try (var clients = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < concurrency; i++) {
				List<Long> mine = new ArrayList<>();
				latencies.add(mine);
				clients.submit(() -> {
					while (!stop.get()) {
						HttpRequest request = HttpRequest.newBuilder(url)
							.timeout(Duration.ofSeconds(30))
							.header("Authorization", "Bearer " + token)
							.header("Content-Type", "application/json")
							.header("Idempotency-Key", UUID.randomUUID().toString())
							.POST(HttpRequest.BodyPublishers.ofString(body))
							.build();
						long started = System.nanoTime();
						int status;
						try {
							status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
						}
						catch (Exception ex) {
							status = -1;
						}
						long took = System.nanoTime() - started;
						if (status == 201) {
							placedInAll.increment();
						}
						if (measuring.get()) {
							statuses.computeIfAbsent(status, (s) -> new LongAdder()).increment();
							if (status == 201) {
								mine.add(took);
							}
						}
					}
					return null;
				});
			}
			Thread.sleep(warmup);
			measuring.set(true);
			long started = System.nanoTime();
			Thread.sleep(measured);
			measuring.set(false);
			double seconds = (System.nanoTime() - started) / 1e9;
			stop.set(true);

			List<Long> all = new ArrayList<>();
			synchronized (latencies) {
				latencies.forEach((list) -> {
					synchronized (list) {
						all.addAll(list);
					}
				});
			}
			Collections.sort(all);
			Map<Integer, Long> counts = new TreeMap<>();
			statuses.forEach((status, count) -> counts.put(status, count.sum()));
			// Waits for the clients' last answers (the executor closes), so placedInAll counts them.
			clients.shutdown();
			clients.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
			System.out.printf("placed=%d seconds=%.1f ordersPerSecond=%.1f p50=%.1f p99=%.1f statuses=%s total=%d%n",
					all.size(), seconds, all.size() / seconds, millis(all, 0.50), millis(all, 0.99), counts,
					placedInAll.sum());
		}
	}

	private static double millis(List<Long> sorted, double percentile) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(percentile * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1e6;
	}

}
