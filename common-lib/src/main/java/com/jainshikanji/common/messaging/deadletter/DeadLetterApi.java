package com.jainshikanji.common.messaging.deadletter;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Registers the operators' API over dead letters; imported by the messaging
 * auto-configuration in servlet services.
 */
@Configuration(proxyBeanMethods = false)
@Import(DeadLetterController.class)
public class DeadLetterApi {

}
