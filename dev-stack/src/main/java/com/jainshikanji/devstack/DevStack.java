package com.jainshikanji.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the whole platform on this machine with nothing but a JDK: infrastructure from
 * embedded binaries, then every built service as its own JVM, then waits. Ctrl-C or
 * SIGTERM stops everything it started.
 *
 * <pre>
 * java -jar dev-stack/target/dev-stack.jar [--wipe] [--data-dir DIR] [--only svc1,svc2] [--zipkin]
 *     [--env service:NAME=VALUE]... [--control-port PORT] [--instances svc=N,svc=N]
 * </pre>
 *
 * {@code --instances order-service=2} runs a second order-service as
 * {@code order-service-2} on port 8183 (management 9183): the same database and Kafka
 * consumer groups, and the gateway balances the service's routes over both (round robin,
 * Spring Cloud LoadBalancer over a static list). Other services keep calling the first
 * instance.
 *
 * Once ready it listens for fault drills on {@link ControlServer} (127.0.0.1:8099).
 */
public final class DevStack {

	static final Duration READY_TIMEOUT = Duration.ofSeconds(240);

	static final Duration STOP_TIMEOUT = Duration.ofSeconds(25);

	private static final String LOOPBACK = "127.0.0.1";

	/**
	 * Modest per-service JVM flags: a small heap, the serial collector, quick-to-warm C1
	 * code. An 8 MiB young generation instead of a third of the heap: every page of it is
	 * touched, so it was ≈ 40 MiB of each service's memory, while what survives a young
	 * collection is a few MiB (16 → 8 MiB: −93 MiB for the platform, order placement
	 * within its noise; docs/performance.md, P5). Heaps shrink in one collection, not
	 * over four: each service collects once when it is ready, to give back what starting
	 * it needed (common-lib's StartupHeapTrim). The C heap is given back every 5 s too
	 * (glibc keeps what was freed): 3 238-3 242 → 3 191-3 192 MiB for the whole platform,
	 * start time and CPU unchanged.
	 */
	static final List<String> SERVICE_JVM_OPTIONS = List.of("-Xms48m", "-Xmx160m", "-Xmn8m", "-XX:-ShrinkHeapInSteps",
			"-XX:MaxMetaspaceSize=256m", "-XX:ReservedCodeCacheSize=48m", "-Xss512k", "-XX:+UseSerialGC",
			"-XX:TieredStopAtLevel=1", "-XX:+UseCompactObjectHeaders", "-XX:CICompilerCount=1",
			"-XX:TrimNativeHeapInterval=5000", "--sun-misc-unsafe-memory-access=allow");

	/**
	 * How many services start at once unless DEV_STACK_STARTING says otherwise (zero:
	 * all): the next one starts as soon as one is ready. On two cores, eleven JVMs
	 * started together spend their time waiting for each other; four at a time used less
	 * CPU until READY (docs/performance.md, "Local platform: start and stop").
	 */
	static final int STARTING_AT_ONCE = 4;

	private final Options options;

	private final List<ManagedService> services = new CopyOnWriteArrayList<>();

	private ControlServer control;

	private LocalInfrastructure infrastructure;

	private AotTraining training;

	private ZipkinServer zipkin;

	private Map<String, String> razorpayKeys = Map.of();

	private Map<String, String> sealKey = Map.of();

	private final CountDownLatch stopped = new CountDownLatch(1);

	/**
	 * Client secrets of the services' SERVICE tokens, new at every start: nothing but the
	 * processes this launcher starts ever knows them.
	 */
	private final Map<String, String> serviceSecrets = ServiceSpec.ALL.stream()
		.collect(java.util.stream.Collectors.toMap(ServiceSpec::name, (spec) -> randomSecret()));

	private DevStack(Options options) {
		this.options = options;
	}

	public static void main(String[] args) throws Exception {
		// Before anything logs: the test logging configuration of test-support is not
		// meant for this.
		System.setProperty("logback.configurationFile", "devstack-logback.xml");
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println("  ✗ " + ex.getMessage() + " (./run-local --help lists the options)");
			System.exit(2);
			return;
		}
		DevStack stack = new DevStack(options);
		Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "dev-stack-shutdown"));
		try {
			stack.run();
		}
		catch (RuntimeException ex) {
			System.err.println("\n  ✗ " + ex.getMessage());
			System.exit(1);
		}
	}

	private void run() throws Exception {
		long started = System.nanoTime();
		Path data = this.options.dataDirectory();
		if (this.options.wipe()) {
			wipe(data);
		}
		Files.createDirectories(data);
		List<ServiceSpec> specs = ServiceSpec.ALL.stream()
			.filter((spec) -> this.options.only().isEmpty() || this.options.only().contains(spec.name()))
			.filter((spec) -> Files.isRegularFile(spec.jar(this.options.projectRoot())))
			.toList();
		if (specs.isEmpty()) {
			throw new IllegalStateException("No service jars under " + this.options.projectRoot()
					+ ": build first with ./mvnw -DskipTests package (./run-local does)");
		}

		say("Starting infrastructure (data in %s)", data);
		this.infrastructure = LocalInfrastructure.start(data);
		say("  PostgreSQL  127.0.0.1:%d   Kafka  %s   Redis  127.0.0.1:%d   SMTP  127.0.0.1:%d",
				LocalInfrastructure.POSTGRES_PORT, this.infrastructure.kafkaBootstrapServers(),
				LocalInfrastructure.REDIS_PORT, LocalInfrastructure.SMTP_PORT);
		Path signingKey = SigningKey.ensure(data);
		this.razorpayKeys = RazorpaySandboxKeys.ensure(data);
		this.sealKey = AccountTokenSealKey.ensure(data);

		if (this.options.zipkin()) {
			startZipkin(data.resolve("logs"));
		}

		say("Starting %d services: %s", specs.size(), String.join(", ", specs.stream()
			.map((spec) -> spec.name()
					+ ((this.options.instancesOf(spec.name()) > 1) ? " ×" + this.options.instancesOf(spec.name()) : ""))
			.toList()));
		List<String> jvmOptions = new ArrayList<>(SERVICE_JVM_OPTIONS);
		// Extra flags for every service, after the defaults so they win (e.g. full JIT
		// for a benchmark).
		String extra = System.getenv("DEV_STACK_JAVA_OPTS");
		if (extra != null && !extra.isBlank()) {
			jvmOptions.addAll(List.of(extra.strip().split("\\s+")));
		}
		// Ahead-of-time caches make later starts much faster; DEV_STACK_AOT=false runs
		// without them.
		boolean aot = !"false".equalsIgnoreCase(System.getenv("DEV_STACK_AOT"));
		List<Launch> launches = new ArrayList<>();
		for (ServiceSpec spec : specs) {
			ExtractedApplication application = ExtractedApplication.prepare(spec.jar(this.options.projectRoot()), data,
					spec.name());
			AotCache cache = aot ? AotCache.of(application, data, jvmOptions) : null;
			Map<String, String> environment = environment(spec, signingKey);
			// Further instances share the extracted jars and the cache (the JVM maps it
			// read-only).
			for (int n = 1; n <= this.options.instancesOf(spec.name()); n++) {
				launches.add(new Launch(spec.instance(n), application,
						instanceEnvironment(spec.instance(n), environment), jvmOptions, cache));
			}
		}
		if (!startAndAwaitReady(launches, startingAtOnce(), data, started)) {
			return;
		}
		List<AotTraining.Job> untrained = launches.stream()
			.filter((launch) -> launch.spec().instance() == 1 && launch.cache() != null && !launch.cache().exists())
			.map((launch) -> new AotTraining.Job(launch.application(), launch.cache(), launch.environment(),
					launch.jvmOptions()))
			.toList();
		if (this.zipkin != null && !this.zipkin.awaitReady(Duration.ofSeconds(30))) {
			say("  ! Zipkin is not answering on %s yet (see logs/zipkin.log); spans wait until it does",
					ZipkinServer.url());
		}
		startControl();

		double seconds = (System.nanoTime() - started) / 1e9;
		long memory = MemoryUsage.totalProportionalSetSize(ProcessHandle.current(),
				this.infrastructure.postgres().pid());
		say("");
		say("All %d services ready in %.1f s; memory of all processes: %s", this.services.size(), seconds,
				MemoryUsage.format(memory));
		printWelcome();
		say("READY");
		// Starting the platform filled the launcher's small heap with garbage it keeps
		// for good unless collected: with the free-ratio bounds of launcher-jvm.options
		// one collection gives it back to the system (≈ 10 MiB).
		System.gc();
		if (!untrained.isEmpty()) {
			say("Recording ahead-of-time caches in the background for %s, one at a time, for faster starts next time;",
					String.join(", ", untrained.stream().map((job) -> job.application().name()).toList()));
			say("stopping before they are done is fine (what is missing is recorded on the next run).");
			startTraining(untrained, data.resolve("logs"));
		}
		watch();
	}

	private Map<String, String> environment(ServiceSpec spec, Path signingKey) {
		Map<String, String> env = new HashMap<>();
		env.put("PORT", String.valueOf(spec.port()));
		if (this.options.zipkin()) {
			env.putAll(ZipkinServer.serviceEnvironment());
		}
		env.put("SPRING_PROFILES_ACTIVE", "demo");
		// The gateway is the only way in, as the NetworkPolicies make it on Kubernetes:
		// on a machine in a LAN, a service's own port would skip its authentication,
		// rate limits and path checks, and a management port would show its metrics.
		if (!spec.name().equals("gateway-service")) {
			env.put("SERVER_ADDRESS", LOOPBACK);
		}
		if (spec.name().endsWith("-service")) {
			// The Razorpay sandbox has no management port of its own to bind.
			env.put("MANAGEMENT_SERVER_ADDRESS", LOOPBACK);
		}
		// Eleven JVMs on one machine: each gives its start-up garbage back once ready
		// (common-lib's StartupHeapTrim, with -XX:-ShrinkHeapInSteps below).
		env.put("JAINSHIKANJI_MEMORY_TRIMHEAPAFTERSTART", "true");
		if (spec.database() != null) {
			env.put("DB_URL", this.infrastructure.jdbcUrl(spec.database()));
			env.put("DB_USERNAME", this.infrastructure.databaseUser());
			env.put("DB_PASSWORD", this.infrastructure.databasePassword());
			env.put("DB_POOL_SIZE", "5");
			// Two connections kept open instead of the whole pool: every idle one is a
			// PostgreSQL backend (≈ 0.5 MiB), and a platform on one machine is idle most
			// of the time; the pool still opens up to five under load.
			env.put("SPRING_DATASOURCE_HIKARI_MINIMUMIDLE", "2");
		}
		env.put("KAFKA_BOOTSTRAP_SERVERS", this.infrastructure.kafkaBootstrapServers());
		env.put("REDIS_HOST", this.infrastructure.redisHost());
		env.put("REDIS_PORT", String.valueOf(this.infrastructure.redisPort()));
		env.put("SMTP_HOST", this.infrastructure.smtpHost());
		env.put("SMTP_PORT", String.valueOf(this.infrastructure.smtpPort()));
		env.put("JWKS_URI", "http://127.0.0.1:8081/.well-known/jwks.json");
		env.put("JWT_SIGNING_KEY_LOCATION", "file:" + signingKey.toAbsolutePath());
		for (ServiceSpec other : ServiceSpec.ALL) {
			// Services call another's first instance; only the gateway balances.
			env.put(other.urlVariable(), other.url());
			// The identity service knows every client's secret; each service knows its
			// own.
			if (spec.name().equals("customer-service") || spec.equals(other)) {
				env.put(other.secretVariable(), this.serviceSecrets.get(other.name()));
			}
		}
		// Payments go to the Razorpay sandbox, which sends its webhooks through the
		// gateway as Razorpay would
		// (straight to the payment service when the gateway is not started).
		env.putAll(this.razorpayKeys);
		// The customer service seals verification and reset tokens for the notification
		// service.
		env.putAll(this.sealKey);
		env.put("RAZORPAY_BASE_URL", "http://127.0.0.1:8090");
		boolean gateway = this.options.only().isEmpty() || this.options.only().contains("gateway-service");
		env.put("SANDBOX_WEBHOOK_URL",
				(gateway ? "http://127.0.0.1:8080" : "http://127.0.0.1:8085") + "/api/v1/payments/webhook");
		if (spec.name().equals("gateway-service")) {
			env.putAll(balancing(this.options));
		}
		// Last, so that a drill can shorten a timer (--env
		// inventory-service:RESERVATION_TTL=20s).
		env.putAll(this.options.environment().getOrDefault(spec.name(), Map.of()));
		return env;
	}

	/**
	 * An instance's own environment: the first instance's, with its own API and
	 * management ports.
	 */
	private static Map<String, String> instanceEnvironment(ServiceSpec instance, Map<String, String> environment) {
		if (instance.instance() == 1) {
			return environment;
		}
		Map<String, String> env = new HashMap<>(environment);
		env.put("PORT", String.valueOf(instance.port()));
		env.put("MANAGEMENT_PORT", String.valueOf(instance.managementPort()));
		return env;
	}

	/**
	 * The gateway's routes to a service with several instances: {@code lb://<service>},
	 * which Spring Cloud LoadBalancer resolves (round robin) from the discovery client's
	 * static list, {@code spring.cloud.discovery.client.simple.instances}. A map key with
	 * a dash cannot be spelled as an environment variable, hence SPRING_APPLICATION_JSON.
	 */
	static Map<String, String> balancing(Options options) {
		Map<String, String> env = new HashMap<>();
		List<String> instances = new ArrayList<>();
		for (ServiceSpec service : ServiceSpec.ALL) {
			int count = options.instancesOf(service.name());
			if (count < 2) {
				continue;
			}
			env.put(service.urlVariable(), "lb://" + service.name());
			List<String> uris = new ArrayList<>();
			for (int n = 1; n <= count; n++) {
				uris.add("{\"uri\":\"" + service.instance(n).url() + "\"}");
			}
			instances.add("\"" + service.name() + "\":[" + String.join(",", uris) + "]");
		}
		if (!instances.isEmpty()) {
			env.put("SPRING_APPLICATION_JSON",
					"{\"spring\":{\"cloud\":{\"discovery\":{\"client\":{\"simple\":{\"instances\":{"
							+ String.join(",", instances) + "}}}}}}}");
		}
		return env;
	}

	/**
	 * Starts the services, at most {@code atOnce} at a time (all if zero or less), the
	 * next one as soon as one is ready, and waits until all are ready; false if the
	 * launcher is stopping.
	 */
	private boolean startAndAwaitReady(List<Launch> launches, int atOnce, Path data, long started)
			throws IOException, InterruptedException {
		java.util.ArrayDeque<Launch> pending = new java.util.ArrayDeque<>(launches);
		Map<ServiceProcess, Long> waiting = new java.util.LinkedHashMap<>();
		while (!pending.isEmpty() || !waiting.isEmpty()) {
			while (!pending.isEmpty() && (atOnce <= 0 || waiting.size() < atOnce)) {
				Launch launch = pending.poll();
				ManagedService service = startService(launch, data);
				if (service == null) {
					return false;
				}
				waiting.put(service.process(), System.nanoTime() + READY_TIMEOUT.toNanos());
			}
			for (Map.Entry<ServiceProcess, Long> entry : List.copyOf(waiting.entrySet())) {
				ServiceProcess service = entry.getKey();
				if (!service.isAlive()) {
					throw failed(service, "exited during startup");
				}
				if (service.isReady()) {
					waiting.remove(service);
					say("  ✔ %-22s %s  (%.1f s)", service.spec().instanceName(), service.spec().url(),
							(System.nanoTime() - started) / 1e9);
				}
				else if (System.nanoTime() > entry.getValue()) {
					throw failed(service, "not ready after " + READY_TIMEOUT.toSeconds() + " s");
				}
			}
			Thread.sleep(250);
		}
		return true;
	}

	/**
	 * How many services start at once: DEV_STACK_STARTING, or {@link #STARTING_AT_ONCE}.
	 */
	static int startingAtOnce() {
		String value = System.getenv("DEV_STACK_STARTING");
		return (value == null || value.isBlank()) ? STARTING_AT_ONCE : Integer.parseInt(value.strip());
	}

	/** What a service is started with. */
	private record Launch(ServiceSpec spec, ExtractedApplication application, Map<String, String> environment,
			List<String> jvmOptions, AotCache cache) {
	}

	/**
	 * Starts a service unless the launcher is stopping; under the lock that
	 * {@link #stop()} takes, so that it never misses a service.
	 */
	private synchronized ManagedService startService(Launch launch, Path data) {
		if (this.stopped.getCount() == 0) {
			return null;
		}
		ManagedService service = ManagedService.launch(launch.spec(), launch.application(), launch.environment(), data,
				launch.jvmOptions(), launch.cache());
		this.services.add(service);
		return service;
	}

	/** Under the lock, like the services, so that {@link #stop()} never misses it. */
	private synchronized void startZipkin(Path logs) throws IOException {
		if (this.stopped.getCount() > 0) {
			this.zipkin = ZipkinServer.start(this.options.projectRoot(), logs);
			say("  Zipkin      %s (trace viewer, spans in memory)", ZipkinServer.url());
		}
	}

	/** The control interface, for fault drills: every service, Kafka and PostgreSQL. */
	private synchronized void startControl() throws IOException {
		if (this.stopped.getCount() == 0 || this.options.controlPort() < 0) {
			return;
		}
		this.control = ControlServer.start(this.options.controlPort(), () -> {
			List<PlatformProcess> processes = new ArrayList<>(this.services);
			processes.add(this.infrastructure.kafka());
			processes.add(this.infrastructure.postgres());
			return processes;
		});
	}

	private synchronized void startTraining(List<AotTraining.Job> jobs, Path logs) {
		if (this.stopped.getCount() > 0) {
			this.training = AotTraining.start(jobs, logs);
		}
	}

	private void watch() throws InterruptedException {
		while (this.stopped.getCount() > 0) {
			for (ManagedService service : this.services) {
				// Stays listed, so that the control interface can start it again.
				if (this.stopped.getCount() > 0 && service.exitedUnexpectedly()) {
					say("  ✗ %s stopped unexpectedly; last log lines:", service.spec().instanceName());
					service.process().tail(15).forEach((line) -> say("      %s", line));
				}
			}
			Thread.sleep(1000);
		}
	}

	private IllegalStateException failed(ServiceProcess service, String why) {
		say("  ✗ %s %s; last log lines (%s):", service.spec().instanceName(), why, service.log());
		service.tail(30).forEach((line) -> say("      %s", line));
		return new IllegalStateException(service.spec().instanceName() + " " + why);
	}

	/**
	 * Stops every service (gracefully, then by force), then the infrastructure. Safe to
	 * call twice.
	 */
	private synchronized void stop() {
		if (this.stopped.getCount() == 0) {
			return;
		}
		this.stopped.countDown();
		if (this.control != null) {
			this.control.close();
		}
		if (!this.services.isEmpty()) {
			say("Stopping %d services...", this.services.size());
		}
		if (this.training != null) {
			this.training.stop();
		}
		this.services.forEach((service) -> service.process().requestStop());
		this.services.forEach((service) -> service.process().awaitStop(STOP_TIMEOUT));
		if (this.zipkin != null) {
			this.zipkin.stop();
		}
		if (this.infrastructure != null) {
			say("Stopping infrastructure...");
			this.infrastructure.close();
		}
		say("Stopped.");
	}

	private void printWelcome() {
		boolean gateway = this.services.stream().anyMatch((s) -> s.spec().name().equals("gateway-service"));
		String api = gateway ? "http://localhost:8080" : "http://localhost:8081";
		say("");
		say("  API                 %s/api/v1", api);
		if (gateway) {
			say("  Swagger UI          http://localhost:8080/swagger-ui.html");
		}
		if (gateway && this.services.stream().anyMatch((s) -> s.spec().name().equals("analytics-service"))) {
			say("  Analytics dashboard http://localhost:8080/analytics/dashboard  (admin or staff account)");
		}
		if (this.services.stream().anyMatch((s) -> s.spec().name().equals("razorpay-sandbox"))) {
			say("  Razorpay sandbox    http://localhost:8090/sandbox/checkout/{razorpay order id}  (no money moves)");
		}
		say("  Demo accounts (password):");
		say("    admin             admin@jainshikanji.local     (demo-admin-pass)");
		say("    staff (manager)   staff@jainshikanji.local     (demo-staff-pass)");
		say("    customer          customer@jainshikanji.local  (demo-customer-pass)");
		say("  Metrics             http://localhost:<9080 + n>/actuator/prometheus  (each service's management port,"
				+ " e.g. 9083 for order-service on 8083)");
		if (this.zipkin != null) {
			ZipkinServer.describe().forEach((line) -> say("%s", line));
		}
		say("  Emails              %s  (one .eml file per email sent)", this.options.dataDirectory().resolve("mail"));
		say("  Logs                %s", this.options.dataDirectory().resolve("logs"));
		if (this.control != null) {
			say("  Fault drills        http://127.0.0.1:%d/processes  (POST /processes/{name}/stop|kill|start|pause|resume)",
					this.control.port());
		}
		say("  Stop with Ctrl-C.");
		say("");
	}

	private static String randomSecret() {
		byte[] bytes = new byte[24];
		new java.security.SecureRandom().nextBytes(bytes);
		return java.util.HexFormat.of().formatHex(bytes);
	}

	/**
	 * Deletes the platform's data: databases, Kafka, Redis, logs, keys. The extracted
	 * services and their ahead-of-time caches are not data and stay, so that a wiped
	 * start is as fast as any other.
	 */
	static void wipe(Path data) throws IOException {
		if (!Files.exists(data)) {
			return;
		}
		say("Wiping %s (keeping the extracted services and their caches)", data);
		Set<Path> kept = Set.of(data.resolve("apps"), data.resolve("aot"));
		try (Stream<Path> children = Files.list(data)) {
			for (Path child : children.filter((path) -> !kept.contains(path)).toList()) {
				ExtractedApplication.delete(child);
			}
		}
	}

	static void say(String format, Object... args) {
		System.out.println(String.format(Locale.ROOT, format, args));
		System.out.flush();
	}

	/**
	 * Command line.
	 *
	 * @param projectRoot where the service modules were built
	 * @param dataDirectory where the infrastructure keeps its data
	 * @param wipe start from empty data
	 * @param only the services to run; all built ones if empty
	 * @param zipkin also run the Zipkin trace viewer, and send it every span
	 * @param environment extra environment variables per service, over the launcher's own
	 * @param controlPort the control interface's port on 127.0.0.1; negative for none
	 * @param instances how many instances of a service to run, where more than one
	 */
	record Options(Path projectRoot, Path dataDirectory, boolean wipe, Set<String> only, boolean zipkin,
			Map<String, Map<String, String>> environment, int controlPort, Map<String, Integer> instances) {

		int instancesOf(String service) {
			return this.instances.getOrDefault(service, 1);
		}

		static Options parse(String[] args) {
			Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath();
			Path data = null;
			boolean wipe = false;
			Set<String> only = new LinkedHashSet<>();
			boolean zipkin = false;
			Map<String, Map<String, String>> environment = new HashMap<>();
			int controlPort = ControlServer.PORT;
			Map<String, Integer> instances = new HashMap<>();
			for (int i = 0; i < args.length; i++) {
				switch (args[i]) {
					case "--wipe" -> wipe = true;
					case "--env" -> {
						String setting = value(args, ++i);
						Matcher matcher = ENV_SETTING.matcher(setting);
						if (!matcher.matches()) {
							throw new IllegalArgumentException(
									"--env needs service:NAME=VALUE, e.g. inventory-service:RESERVATION_TTL=20s, not "
											+ setting);
						}
						environment.computeIfAbsent(matcher.group(1), (service) -> new HashMap<>())
							.put(matcher.group(2), matcher.group(3));
					}
					case "--control-port" -> controlPort = port(value(args, ++i));
					case "--data-dir" -> data = Path.of(value(args, ++i)).toAbsolutePath();
					case "--project-root" -> root = Path.of(value(args, ++i)).toAbsolutePath();
					case "--only" -> only.addAll(List.of(value(args, ++i).split(",")));
					case "--zipkin" -> zipkin = true;
					case "--instances" -> instances.putAll(instances(value(args, ++i)));
					default -> throw new IllegalArgumentException("Unknown option " + args[i]
							+ "; use --wipe, --data-dir DIR, --project-root DIR, --only svc1,svc2, --zipkin,"
							+ " --env service:NAME=VALUE, --control-port PORT, --instances svc=N,svc=N");
				}
			}
			return new Options(root, (data != null) ? data : root.resolve(".local"), wipe, only, zipkin, environment,
					controlPort, Map.copyOf(instances));
		}

		private static int port(String value) {
			try {
				return Integer.parseInt(value);
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("--control-port needs a port number (-1 for none), not " + value);
			}
		}

		/** {@code order-service=2,payment-service=2}. */
		static Map<String, Integer> instances(String setting) {
			Map<String, Integer> instances = new HashMap<>();
			for (String entry : setting.split(",")) {
				Matcher matcher = INSTANCES_SETTING.matcher(entry.strip());
				if (!matcher.matches()) {
					throw new IllegalArgumentException(
							"--instances needs service=N,..., e.g. order-service=2,payment-service=2, not " + setting);
				}
				String service = matcher.group(1);
				int count = Integer.parseInt(matcher.group(2));
				if (ServiceSpec.ALL.stream().noneMatch((spec) -> spec.name().equals(service))) {
					throw new IllegalArgumentException("--instances: no service named " + service);
				}
				if (count < 1 || count > ServiceSpec.MAX_INSTANCES) {
					throw new IllegalArgumentException("--instances: 1 to " + ServiceSpec.MAX_INSTANCES
							+ " instances of " + service + ", not " + count);
				}
				if (count > 1 && (service.equals("gateway-service") || service.equals("razorpay-sandbox"))) {
					// Nothing in front of the gateway would balance (apps call :8080);
					// the sandbox keeps its ledger in memory.
					throw new IllegalArgumentException("--instances: " + service + " runs once locally");
				}
				instances.put(service, count);
			}
			return instances;
		}

		private static final Pattern INSTANCES_SETTING = Pattern.compile("([a-z][a-z0-9-]*)=(\\d{1,2})");

		private static final Pattern ENV_SETTING = Pattern.compile("([a-z][a-z0-9-]*):([A-Za-z_][A-Za-z0-9_]*)=(.*)");

		private static String value(String[] args, int index) {
			if (index >= args.length) {
				throw new IllegalArgumentException(args[index - 1] + " needs a value");
			}
			return args[index];
		}

	}

}
