package com.jainshikanji.analytics;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import com.jainshikanji.testsupport.spring.WithInfrastructure;

/**
 * The whole service on a random port, against real PostgreSQL and Kafka, with the store
 * service stubbed over HTTP ({@link StoreService}); every test class using it shares one
 * application context. Tests keep out of each other's way by working on stores of their
 * own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@WithInfrastructure(database = "analytics")
@ContextConfiguration(initializers = StoreService.class)
@ActiveProfiles("test")
public @interface AnalyticsServiceTest {

}
