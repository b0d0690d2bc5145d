package com.jainshikanji.devstack;

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
	}

}
