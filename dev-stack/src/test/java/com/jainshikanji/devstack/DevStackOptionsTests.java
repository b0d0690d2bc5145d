package com.jainshikanji.devstack;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The launcher's command line, as fault drills use it. */
class DevStackOptionsTests {

	@Test
	void extraEnvironmentIsKeptPerServiceAndAValueMayContainEqualsAndColons() {
		DevStack.Options options = DevStack.Options
			.parse(new String[] { "--env", "inventory-service:RESERVATION_TTL=20s", "--env",
					"order-service:ORDER_PAYMENT_WINDOW=15s", "--env", "order-service:NOTE=a=b:c" });
		assertThat(options.environment()).isEqualTo(Map.of("inventory-service", Map.of("RESERVATION_TTL", "20s"),
				"order-service", Map.of("ORDER_PAYMENT_WINDOW", "15s", "NOTE", "a=b:c")));
	}

	@Test
	void aMalformedEnvironmentSettingIsRefusedSayingWhatIsExpected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DevStack.Options.parse(new String[] { "--env", "RESERVATION_TTL=20s" }))
			.withMessageContaining("service:NAME=VALUE");
	}

	@Test
	void theControlInterfaceListensOn8099UnlessToldOtherwise() {
		assertThat(DevStack.Options.parse(new String[0]).controlPort()).isEqualTo(8099);
		assertThat(DevStack.Options.parse(new String[] { "--control-port", "-1" }).controlPort()).isEqualTo(-1);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DevStack.Options.parse(new String[] { "--control-port", "eighty" }))
			.withMessage("--control-port needs a port number (-1 for none), not eighty");
	}

	@Test
	void furtherInstancesGetTheirOwnPortsClearOfThePlatformsAndNamesOfTheirOwn() {
		DevStack.Options options = DevStack.Options
			.parse(new String[] { "--instances", "order-service=2, payment-service=3" });
		assertThat(options.instancesOf("order-service")).isEqualTo(2);
		assertThat(options.instancesOf("payment-service")).isEqualTo(3);
		assertThat(options.instancesOf("store-service")).isEqualTo(1);
		ServiceSpec orders = ServiceSpec.ALL.stream().filter((s) -> s.name().equals("order-service")).findFirst().get();
		assertThat(List.of(orders.instance(1), orders.instance(2), orders.instance(3)))
			.extracting(ServiceSpec::instanceName, ServiceSpec::port, ServiceSpec::managementPort,
					ServiceSpec::database)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("order-service", 8083, 9083, "orders"),
					org.assertj.core.groups.Tuple.tuple("order-service-2", 8183, 9183, "orders"),
					org.assertj.core.groups.Tuple.tuple("order-service-3", 8283, 9283, "orders"));
		// 8080-8099, 9080-9090 and 9411 are the platform's.
		for (ServiceSpec service : ServiceSpec.ALL) {
			for (int n = 2; n <= ServiceSpec.MAX_INSTANCES; n++) {
				ServiceSpec instance = service.instance(n);
				assertThat(List.of(instance.port(), instance.managementPort())).as(instance.instanceName())
					.allSatisfy((port) -> assertThat(port < 8080 || port > 8099).as("%d", port).isTrue())
					.allSatisfy((port) -> assertThat(port < 9080 || port > 9090).as("%d", port).isTrue())
					.doesNotContain(9411);
			}
		}
	}

	@Test
	void theGatewayBalancesAServiceWithSeveralInstancesOverAllOfThemAndCallsTheOthersDirectly() {
		Map<String, String> balancing = DevStack
			.balancing(DevStack.Options.parse(new String[] { "--instances", "order-service=2,payment-service=2" }));
		assertThat(balancing).containsEntry("ORDER_SERVICE_URL", "lb://order-service")
			.containsEntry("PAYMENT_SERVICE_URL", "lb://payment-service")
			.doesNotContainKey("STORE_SERVICE_URL");
		assertThat(balancing.get("SPRING_APPLICATION_JSON"))
			.contains("\"order-service\":[{\"uri\":\"http://127.0.0.1:8083\"},{\"uri\":\"http://127.0.0.1:8183\"}]")
			.contains("\"payment-service\":[{\"uri\":\"http://127.0.0.1:8085\"},{\"uri\":\"http://127.0.0.1:8185\"}]")
			.startsWith("{\"spring\":{\"cloud\":{\"discovery\":{\"client\":{\"simple\":{\"instances\":{");
		assertThat(DevStack.balancing(DevStack.Options.parse(new String[0]))).isEmpty();
	}

	@Test
	void instancesOfAnUnknownServiceOrOfTheGatewayOrTooManyAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DevStack.Options.parse(new String[] { "--instances", "orders=2" }))
			.withMessageContaining("no service named orders");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DevStack.Options.parse(new String[] { "--instances", "gateway-service=2" }))
			.withMessageContaining("runs once");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DevStack.Options.parse(new String[] { "--instances", "order-service=9" }))
			.withMessageContaining("1 to 5");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DevStack.Options.parse(new String[] { "--instances", "order-service" }))
			.withMessageContaining("service=N");
	}

}
