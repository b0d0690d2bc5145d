package com.jainshikanji.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;

import com.jainshikanji.common.testapp.TestApplication;
import com.jainshikanji.testsupport.spring.WithInfrastructure;

/**
 * The library inside a small application, on real PostgreSQL and Kafka; one shared
 * context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@WithInfrastructure(database = "common")
public @interface CommonLibTest {

}
