package com.jainshikanji.common.config;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds the platform's defaults ({@code jainshikanji-defaults.yml}: Kafka durability,
 * actuator exposure, error hygiene...) behind every other property source, so each
 * service gets them without repeating them and can still override any of them in its own
 * {@code application.yml}.
 */
public class PlatformDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String RESOURCE = "jainshikanji-defaults.yml";

	static final String SERVLET_RESOURCE = "jainshikanji-servlet-defaults.yml";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		load(environment, "platformDefaults", RESOURCE);
		if (application.getWebApplicationType() == WebApplicationType.SERVLET) {
			load(environment, "platformServletDefaults", SERVLET_RESOURCE);
		}
	}

	private static void load(ConfigurableEnvironment environment, String name, String resource) {
		try {
			new YamlPropertySourceLoader().load(name, new ClassPathResource(resource))
				.forEach(environment.getPropertySources()::addLast);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + resource, ex);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
