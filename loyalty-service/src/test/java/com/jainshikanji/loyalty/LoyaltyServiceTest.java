package com.jainshikanji.loyalty;

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
 * The whole service on a random port, against real PostgreSQL and Kafka, with the
 * customer service's customers served by {@link Customers}; every test class using it
 * shares one application context. Tests keep out of each other's way by working on
 * customers, orders and coupon codes of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@WithInfrastructure(database = "loyalty")
@ContextConfiguration(initializers = Customers.class)
@ActiveProfiles("test")
public @interface LoyaltyServiceTest {

}
