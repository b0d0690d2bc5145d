package com.jainshikanji.inventory;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import com.jainshikanji.testsupport.spring.WithInfrastructure;

/**
 * The whole service on a random port, against real PostgreSQL and Kafka, with the store
 * service served by {@link StoreService}; every test class using it shares one
 * application context. Tests keep out of each other's way by working on stores and
 * categories of their own. {@link MenuStatements} counts the statements that reach the
 * menu's tables.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@WithInfrastructure(database = "inventory")
@ContextConfiguration(initializers = StoreService.class)
@ActiveProfiles("test")
@Import(MenuStatements.class)
public @interface InventoryServiceTest {

}
