package com.jainshikanji.devstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher's control interface lists the platform's processes and hands each action
 * to the process named, answering only once it has been done.
 */
class ControlServerTests {

	private final HttpClient http = HttpClient.newHttpClient();

	private final FakeProcess orders = new FakeProcess("order-service", 4242);

	private final FakeProcess postgres = new FakeProcess("postgres", 77);

	private ControlServer control;

	@BeforeEach
	void start() throws Exception {
		this.control = ControlServer.start(0, () -> List.of(this.orders, this.postgres));
	}

	@AfterEach
	void stop() {
		this.control.close();
	}

	@Test
	void listsEveryProcessWithItsPidAndState() throws Exception {
		this.postgres.state = PlatformProcess.State.PAUSED;
		HttpResponse<String> response = send("GET", "/processes");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("[{\"name\":\"order-service\",\"pid\":4242,\"state\":\"running\"},"
				+ "{\"name\":\"postgres\",\"pid\":77,\"state\":\"paused\"}]");
	}

	@Test
	void eachActionReachesTheNamedProcessAndAnswersItsStateAfterwards() throws Exception {
		HttpResponse<String> killed = send("POST", "/processes/order-service/kill");
		assertThat(killed.statusCode()).isEqualTo(200);
		assertThat(killed.body()).contains("\"state\":\"stopped\"", "\"pid\":-1");
		assertThat(send("POST", "/processes/order-service/start").body()).contains("\"state\":\"running\"");
		send("POST", "/processes/order-service/stop");
		send("POST", "/processes/postgres/pause");
		send("POST", "/processes/postgres/resume");
		assertThat(this.orders.actions).containsExactly("kill", "start", "stop");
		assertThat(this.postgres.actions).containsExactly("pause", "resume");
	}

	@Test
	void aStartMayChangeEnvironmentVariablesForThatRunOnly() throws Exception {
		assertThat(send("POST", "/processes/order-service/start?RESERVATION_TTL=20s&NOTE=a%3Db").statusCode())
			.isEqualTo(200);
		send("POST", "/processes/order-service/start");
		assertThat(this.orders.overrides).containsExactly(Map.of("RESERVATION_TTL", "20s", "NOTE", "a=b"), Map.of());
		assertThat(send("POST", "/processes/order-service/kill?RESERVATION_TTL=20s").statusCode()).isEqualTo(400);
	}

	@Test
	void anActionAProcessCannotDoIsAConflictNamingWhy() throws Exception {
		this.postgres.unsupported = true;
		HttpResponse<String> response = send("POST", "/processes/postgres/kill");
		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(response.body()).contains("postgres cannot be killed from here");
	}

	@Test
	void anUnknownProcessOrActionIsNotFoundAndNothingHappens() throws Exception {
		assertThat(send("POST", "/processes/kafka/kill").statusCode()).isEqualTo(404);
		assertThat(send("POST", "/processes/order-service/explode").statusCode()).isEqualTo(404);
		assertThat(this.orders.actions).isEmpty();
	}

	@Test
	void actionsMustBePosted() throws Exception {
		assertThat(send("GET", "/processes/order-service/kill").statusCode()).isEqualTo(405);
		assertThat(send("POST", "/processes").statusCode()).isEqualTo(405);
		assertThat(this.orders.actions).isEmpty();
	}

	@Test
	void listensOnTheLoopbackInterfaceOnly() throws Exception {
		java.net.InetAddress other = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())
			.stream()
			.flatMap((nic) -> java.util.Collections.list(nic.getInetAddresses()).stream())
			.filter((address) -> !address.isLoopbackAddress() && address instanceof java.net.Inet4Address)
			.findFirst()
			.orElse(null);
		org.junit.jupiter.api.Assumptions.assumeTrue(other != null, "no non-loopback address on this machine");
		try (java.net.Socket socket = new java.net.Socket()) {
			org.assertj.core.api.Assertions.assertThatExceptionOfType(java.net.ConnectException.class)
				.isThrownBy(() -> socket.connect(new java.net.InetSocketAddress(other, this.control.port()), 1000));
		}
	}

	private HttpResponse<String> send(String method, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.control.port() + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static final class FakeProcess implements PlatformProcess {

		private final String name;

		private final long pid;

		private final List<String> actions = new ArrayList<>();

		private final List<Map<String, String>> overrides = new ArrayList<>();

		private State state = State.RUNNING;

		private boolean unsupported;

		FakeProcess(String name, long pid) {
			this.name = name;
			this.pid = pid;
		}

		@Override
		public String name() {
			return this.name;
		}

		@Override
		public long pid() {
			return (this.state == State.STOPPED) ? -1 : this.pid;
		}

		@Override
		public State state() {
			return this.state;
		}

		@Override
		public void start(Map<String, String> overrides) {
			this.actions.add("start");
			this.overrides.add(overrides);
			this.state = State.RUNNING;
		}

		@Override
		public void stop() {
			this.actions.add("stop");
			this.state = State.STOPPED;
		}

		@Override
		public void kill() {
			if (this.unsupported) {
				PlatformProcess.super.kill();
			}
			this.actions.add("kill");
			this.state = State.STOPPED;
		}

		@Override
		public void pause() {
			this.actions.add("pause");
			this.state = State.PAUSED;
		}

		@Override
		public void resume() {
			this.actions.add("resume");
			this.state = State.RUNNING;
		}

	}

}
