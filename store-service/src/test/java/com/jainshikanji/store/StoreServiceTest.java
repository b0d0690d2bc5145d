package com.jainshikanji.store;

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
 * The whole service on a random port, against real PostgreSQL and Kafka, verifying tokens
 * from the test issuer over HTTP, with the customer service's users served by
 * {@link Users}; every test class using it shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@WithInfrastructure(database = "store")
@ContextConfiguration(initializers = Users.class)
@ActiveProfiles("test")
public @interface StoreServiceTest {

}
