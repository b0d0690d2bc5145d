package com.jainshikanji.notification.config;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.web.client.RestClient;

import com.jainshikanji.notification.channel.EmailProperties;
import com.jainshikanji.notification.channel.EmailSender;
import com.jainshikanji.notification.channel.FcmAccessTokens;
import com.jainshikanji.notification.channel.FcmPushProvider;
import com.jainshikanji.notification.channel.LoggingPushProvider;
import com.jainshikanji.notification.channel.LoggingSmsProvider;
import com.jainshikanji.notification.channel.PushProperties;
import com.jainshikanji.notification.channel.PushProvider;
import com.jainshikanji.notification.channel.ServiceAccount;
import com.jainshikanji.notification.channel.SmsProperties;
import com.jainshikanji.notification.channel.SmsProvider;
import com.jainshikanji.notification.channel.TwilioSmsProvider;
import com.jainshikanji.notification.directory.ProductDirectory;
import com.jainshikanji.notification.directory.StoreDirectory;

/**
 * Every outside party the service talks to, each with its own timeouts: the store and
 * inventory services (reads, each behind its own circuit breaker), the SMTP server, and
 * the SMS and push providers when configured (logging stand-ins when not). Built on
 * Boot's {@code RestClient.Builder}, so calls carry the trace context and show in the
 * metrics.
 */
@Configuration(proxyBeanMethods = false)
class ClientsConfiguration {

	@Bean
	StoreDirectory storeDirectory(RestClient.Builder builder, DirectoryProperties properties, Clock clock) {
		return new StoreDirectory(
				client(builder, properties.storeUrl(), properties.connectTimeout(), properties.readTimeout()).build(),
				breaker("store"), properties.cacheTtl(), clock);
	}

	@Bean
	ProductDirectory productDirectory(RestClient.Builder builder, DirectoryProperties properties, Clock clock) {
		return new ProductDirectory(
				client(builder, properties.inventoryUrl(), properties.connectTimeout(), properties.readTimeout())
					.build(),
				breaker("inventory"), properties.cacheTtl(), clock);
	}

	@Bean
	EmailSender emailSender(JavaMailSender mail, EmailProperties properties) {
		return new EmailSender(mail, properties);
	}

	@Bean
	SmsProvider smsProvider(RestClient.Builder builder, SmsProperties properties) {
		if (properties.provider() == SmsProperties.Provider.LOG) {
			return new LoggingSmsProvider();
		}
		SmsProperties.Twilio twilio = properties.twilio();
		if (blank(twilio.accountSid()) || blank(twilio.authToken()) || blank(twilio.from())) {
			throw new IllegalStateException("notifications.sms.provider=twilio needs notifications.sms.twilio."
					+ "account-sid, auth-token and from (SMS_ACCOUNT_SID, SMS_AUTH_TOKEN, SMS_FROM)");
		}
		RestClient client = client(builder, twilio.baseUrl(), twilio.connectTimeout(), twilio.readTimeout())
			.defaultHeaders((headers) -> headers.setBasicAuth(twilio.accountSid(), twilio.authToken()))
			.build();
		return new TwilioSmsProvider(client, twilio.accountSid(), twilio.from());
	}

	@Bean
	PushProvider pushProvider(RestClient.Builder builder, PushProperties properties, Clock clock) {
		if (properties.provider() == PushProperties.Provider.LOG) {
			return new LoggingPushProvider();
		}
		PushProperties.Fcm fcm = properties.fcm();
		if (fcm.credentials() == null) {
			throw new IllegalStateException("notifications.push.provider=fcm needs notifications.push.fcm.credentials "
					+ "(FCM_CREDENTIALS), the service account's JSON key");
		}
		ServiceAccount account = ServiceAccount.read(fcm.credentials(), fcm.projectId(), fcm.tokenUri());
		RestClient tokenClient = client(builder.clone(), account.tokenUri(), fcm.connectTimeout(), fcm.readTimeout())
			.build();
		RestClient fcmClient = client(builder.clone(), fcm.baseUrl(), fcm.connectTimeout(), fcm.readTimeout()).build();
		return new FcmPushProvider(fcmClient, account.projectId(), new FcmAccessTokens(account, tokenClient, clock));
	}

	private static RestClient.Builder client(RestClient.Builder builder, URI baseUrl, Duration connectTimeout,
			Duration readTimeout) {
		// Plain HTTP/1.1: no upgrade round trip to HTTP/2 on every connection.
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout).build());
		requestFactory.setReadTimeout(readTimeout);
		return builder.clone().baseUrl(baseUrl).requestFactory(requestFactory);
	}

	/**
	 * Opens after most of the last calls failed, so a service that is away costs no
	 * timeouts while it is; the last names read stay in use meanwhile.
	 */
	private static CircuitBreaker breaker(String name) {
		return CircuitBreaker.of(name,
				CircuitBreakerConfig.custom()
					.slidingWindowSize(10)
					.minimumNumberOfCalls(5)
					.failureRateThreshold(50)
					.waitDurationInOpenState(Duration.ofSeconds(30))
					.permittedNumberOfCallsInHalfOpenState(2)
					.build());
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
