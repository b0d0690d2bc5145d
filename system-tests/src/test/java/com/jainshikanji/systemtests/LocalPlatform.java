package com.jainshikanji.systemtests;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The local platform as the README's run command starts it: dev-stack's launcher jar,
 * from empty data ({@code --wipe} in a temporary data directory), every service as its
 * own JVM on embedded PostgreSQL, Kafka, Redis and SMTP, with order-service and
 * payment-service run twice each ({@link #INSTANCES}). One per test JVM, started by
 * {@link LocalPlatformExtension} for the first {@link LocalPlatformTest} class and
 * stopped when the run ends.
 * <p>
 * Tests talk to it through {@link #gateway()} only, as an app would, and check invariants
 * afterwards in the services' databases ({@link #database(String)}), topics
 * ({@link #kafkaBootstrapServers()}) and the mail drop ({@link #mailDirectory()}).
 */
public final class LocalPlatform implements AutoCloseable {

	/**
	 * How long the launcher may take until it prints READY (first runs extract jars):
	 * {@code -Dplatform.ready-timeout=PT10M} on a busy machine.
	 */
	static final Duration READY_TIMEOUT = Duration.parse(System.getProperty("platform.ready-timeout", "PT6M"));

	/**
	 * How long the inventory service holds stock for an order that is not confirmed:
	 * short, so that a fault drill sees what a killed placement reserved go back within
	 * the run (the services' default is 30 minutes), and long enough for every scenario's
	 * online payment on a busy machine.
	 */
	static final Duration RESERVATION_TTL = Duration.ofMinutes(2);

	/**
	 * Issue 12's replicas, for every scenario: the gateway balances over two instances of
	 * order-service and payment-service sharing their databases and consumer groups, as
	 * on Kubernetes. One platform for all (a start takes two minutes on two cores) rather
	 * than one for {@link TwoInstancesIT} and another for the rest.
	 */
	static final List<String> INSTANCES = List.of("order-service", "order-service-2", "payment-service",
			"payment-service-2");

	/** The address app clients use. */
	public static final String GATEWAY_URL = "http://localhost:8080";

	/** The Razorpay sandbox, playing Razorpay's API and checkout page. */
	public static final String SANDBOX_URL = "http://localhost:8090";

	private static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:15432/";

	/** The embedded PostgreSQL's superuser, which the launcher hands every service. */
	private static final String POSTGRES_USER = "postgres";

	private static final String KAFKA_BOOTSTRAP_SERVERS = "127.0.0.1:19092";

	private final Process launcher;

	private final Path dataDirectory;

	private final Path console;

	private final List<ProcessHandle> startedAtReady;

	private final Gateway gateway = new Gateway(GATEWAY_URL);

	private LocalPlatform(Process launcher, Path dataDirectory, Path console, List<ProcessHandle> startedAtReady) {
		this.launcher = launcher;
		this.dataDirectory = dataDirectory;
		this.console = console;
		this.startedAtReady = startedAtReady;
	}

	/**
	 * Starts the launcher and waits until it says READY.
	 * @throws AssertionError if it exits or is not ready within {@link #READY_TIMEOUT}
	 */
	static LocalPlatform start() throws IOException, InterruptedException {
		Path root = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
		Path jar = Path
			.of(System.getProperty("devstack.jar", root.resolve("dev-stack/target/dev-stack.jar").toString()))
			.toAbsolutePath();
		if (!Files.isRegularFile(jar)) {
			throw new AssertionError("No launcher jar at " + jar + ": package the reactor first (./mvnw package)");
		}
		requireFreePorts();
		Path data = Files.createTempDirectory("system-tests-");
		Path console = data.resolveSibling(data.getFileName() + ".console");
		String java = ProcessHandle.current().info().command().orElse("java");
		long starting = System.nanoTime();
		// Output goes to a file: a pipe read while the process exits can lose its last
		// lines. The launcher's JVM options are run-local's. PostgreSQL's binaries are
		// extracted afresh, as on a machine that never ran the platform: that first start
		// is where the launcher's small heap once ran out.
		List<String> command = List.of(java, "@" + root.resolve("dev-stack/launcher-jvm.options"),
				"-Dot.epg.working-dir=" + data.resolve("postgres-binaries"), "-jar", jar.toString(), "--project-root",
				root.toString(), "--data-dir", data.toString(), "--wipe", "--env",
				"inventory-service:RESERVATION_TTL=" + RESERVATION_TTL.toSeconds() + "s", "--env",
				"inventory-service:RESERVATION_EXPIRY_INTERVAL=2s", "--instances", "order-service=2,payment-service=2");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console.toFile());
		// Every run starts from empty data, so the ahead-of-time caches the launcher
		// records in the background would never be used: recording them only takes CPU
		// and memory from the scenarios.
		builder.environment().put("DEV_STACK_AOT", "false");
		Process launcher = builder.start();
		LocalPlatform platform = new LocalPlatform(launcher, data, console, List.of());
		// A test JVM that is killed or exits early must not leave the platform running:
		// the launcher does not end with its parent.
		Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "local-platform-stop"));
		long deadline = starting + READY_TIMEOUT.toNanos();
		try {
			while (!platform.output().contains("READY")) {
				if (!launcher.isAlive()) {
					throw new AssertionError("The launcher exited with " + launcher.exitValue() + " before READY:\n"
							+ String.join("\n", platform.output()));
				}
				if (System.nanoTime() > deadline) {
					throw new AssertionError("The platform was not ready within " + READY_TIMEOUT + ":\n"
							+ String.join("\n", platform.output()));
				}
				Thread.sleep(500);
			}
		}
		catch (AssertionError | InterruptedException | RuntimeException ex) {
			platform.close();
			throw ex;
		}
		platform.output().forEach((line) -> System.out.println("[dev-stack] " + line));
		System.out.printf("[system-tests] platform ready in %.1f s (data in %s, launcher console in %s)%n",
				(System.nanoTime() - starting) / 1e9, data, console);
		return platform.readyWith(launcher.descendants().toList());
	}

	/**
	 * Refuses to start while anything answers on the platform's fixed ports: the embedded
	 * servers would take a leftover server (say, a PostgreSQL orphaned by an earlier run)
	 * for their own, and the tests would run against its old data.
	 */
	private static void requireFreePorts() {
		List<Integer> ports = new java.util.ArrayList<>(List.of(15432, 19092, 16379, 13025));
		for (int port = 8080; port <= 8090; port++) {
			ports.add(port);
		}
		// The second instances of order-service and payment-service.
		ports.addAll(List.of(8183, 8185));
		List<Integer> taken = ports.stream().filter(LocalPlatform::answers).toList();
		if (!taken.isEmpty()) {
			throw new AssertionError("Something already listens on the local platform's port(s) " + taken
					+ ": another platform is running, or a server of an earlier run was left behind "
					+ "(find it with: ss -ltnp | grep -E ':("
					+ taken.stream().map(String::valueOf).collect(Collectors.joining("|")) + ") ')");
		}
	}

	private static boolean answers(int port) {
		try (java.net.Socket socket = new java.net.Socket()) {
			socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private LocalPlatform readyWith(List<ProcessHandle> started) {
		return new LocalPlatform(this.launcher, this.dataDirectory, this.console, started);
	}

	/** The gateway, through which tests drive the platform. */
	public Gateway gateway() {
		return this.gateway;
	}

	/**
	 * A service's own database, for checking invariants after the fact (never for driving
	 * the platform).
	 * @param name the database's name: customer, inventory, orders, store, payment,
	 * loyalty, notification, analytics or review
	 */
	public Database database(String name) {
		return new Database(POSTGRES_URL + name, POSTGRES_USER, POSTGRES_USER);
	}

	/** Kafka's bootstrap servers, for reading (and, in poison tests, writing) topics. */
	public String kafkaBootstrapServers() {
		return KAFKA_BOOTSTRAP_SERVERS;
	}

	/** Where the launcher drops each email sent, one {@code .eml} file per email. */
	public Path mailDirectory() {
		return this.dataDirectory.resolve("mail");
	}

	/** The emails the platform sent. */
	public Mailbox mailbox() {
		return new Mailbox(mailDirectory());
	}

	/** The platform's data directory (databases, Kafka, logs, keys). */
	public Path dataDirectory() {
		return this.dataDirectory;
	}

	/**
	 * A service's log file, written by the launcher.
	 * @param service the module name for its first instance, e.g. {@code order-service},
	 * and {@code order-service-2} for its second
	 */
	public Path log(String service) {
		return this.dataDirectory.resolve("logs").resolve(service + ".log");
	}

	/**
	 * The Razorpay sandbox's keys the launcher generated and shares with the payment
	 * service: {@code RAZORPAY_KEY_ID}, {@code RAZORPAY_KEY_SECRET},
	 * {@code RAZORPAY_WEBHOOK_SECRET}.
	 */
	public Map<String, String> razorpayKeys() {
		Properties keys = new Properties();
		try (Reader reader = Files.newBufferedReader(
				this.dataDirectory.resolve("keys").resolve("razorpay-sandbox.properties"), StandardCharsets.UTF_8)) {
			keys.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return keys.stringPropertyNames().stream().collect(Collectors.toMap((name) -> name, keys::getProperty));
	}

	/**
	 * The JVM running a service now (not an ahead-of-time training run of it), found by
	 * its command line among the launcher's descendants.
	 * @param service the module name, e.g. {@code order-service}
	 */
	public Optional<ProcessHandle> process(String service) {
		String jar = "/" + service + ".jar";
		return this.launcher.descendants().filter(ProcessHandle::isAlive).filter((process) -> {
			String commandLine = process.info().commandLine().orElse("");
			return commandLine.endsWith(jar) && !commandLine.contains("-XX:AOTMode=");
		}).findFirst();
	}

	/** The launcher's own process. */
	public Process launcher() {
		return this.launcher;
	}

	/** Every process the launcher had started when it said READY. */
	public List<ProcessHandle> startedAtReady() {
		return this.startedAtReady;
	}

	/** What the launcher printed so far. */
	public List<String> output() {
		try {
			return Files.readAllLines(this.console, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Whether the launcher still runs (a test may have stopped it). */
	public boolean isRunning() {
		return this.launcher.isAlive();
	}

	/**
	 * Stops the platform as Ctrl-C would (SIGTERM to the launcher) if it still runs;
	 * kills whatever is left after a minute.
	 */
	@Override
	public void close() {
		List<ProcessHandle> all = new java.util.ArrayList<>(this.launcher.descendants().toList());
		if (this.launcher.isAlive()) {
			this.launcher.destroy();
			try {
				if (!this.launcher.waitFor(60, TimeUnit.SECONDS)) {
					this.launcher.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				this.launcher.destroyForcibly();
			}
		}
		all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
		all.forEach((process) -> process.onExit().completeOnTimeout(process, 30, TimeUnit.SECONDS).join());
		// About a gigabyte per run: the services' extracted jars and caches, the servers'
		// data. The logs, mail and console stay for whoever looks into a failure.
		for (String bulky : List.of("apps", "aot", "postgres", "postgres-binaries", "kafka", "redis")) {
			delete(this.dataDirectory.resolve(bulky));
		}
	}

	private static void delete(Path directory) {
		if (!Files.isDirectory(directory)) {
			return;
		}
		try (java.util.stream.Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException | UncheckedIOException ex) {
			System.err.println("[system-tests] could not delete " + directory + ": " + ex);
		}
	}

}
