package com.jainshikanji.deploycheck;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alert rules (docker/prometheus/alerts.yml) send operators to paths that exist:
 * through the gateway a service's operator endpoints are
 * {@code /api/v1/admin/<service>/...}, the service named as the gateway routes it (its
 * module's name), written out or as the alert's {@code application} label, which every
 * series carries as the service's {@code spring.application.name}.
 */
class AlertRulesTests {

	private static final Pattern ADMIN_PATH = Pattern.compile("/api/v1/admin/(\\{\\{[^}]*}}|[^/\\s\"]*)");

	private static final Pattern APPLICATION_LABEL = Pattern.compile("\\{\\{\\s*\\$labels\\.application\\s*}}");

	@Test
	void everyOperatorPathNamesTheServiceItIsOn() throws IOException {
		List<String> services = OverlaysTests.services();
		Matcher path = ADMIN_PATH.matcher(Files.readString(OverlaysTests.ROOT.resolve("docker/prometheus/alerts.yml")));
		List<String> named = new ArrayList<>();
		while (path.find()) {
			named.add(path.group(1));
		}

		assertThat(named).isNotEmpty()
			.allSatisfy(
					(service) -> assertThat(services.contains(service) || APPLICATION_LABEL.matcher(service).matches())
						.as("/api/v1/admin/%s names a service (one of %s, or {{ $labels.application }})", service,
								services)
						.isTrue());
	}

	@Test
	void everyServiceIsNamedInItsSeriesAsTheGatewayRoutesIt() throws IOException {
		for (String service : OverlaysTests.services()) {
			Path config = OverlaysTests.ROOT.resolve(service + "/src/main/resources/application.yml");
			try (Reader reader = Files.newBufferedReader(config)) {
				Map<?, ?> yaml = new Yaml().load(reader);
				Object name = (yaml.get("spring") instanceof Map<?, ?> spring
						&& spring.get("application") instanceof Map<?, ?> application) ? application.get("name") : null;
				assertThat(name).as("spring.application.name of %s", service).isEqualTo(service);
			}
		}
	}

}
