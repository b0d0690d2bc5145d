package com.jainshikanji.sandbox;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * A Razorpay stand-in for the local platform: the API subset the payment service calls,
 * kept in memory, and a checkout that a person (an HTML page) or a script completes or
 * fails, after which it sends signed webhooks as Razorpay would. Local use only.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SandboxApplication {

	public static void main(String[] args) {
		SpringApplication.run(SandboxApplication.class, args);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
