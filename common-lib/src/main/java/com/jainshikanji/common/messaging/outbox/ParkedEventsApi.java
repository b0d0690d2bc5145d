package com.jainshikanji.common.messaging.outbox;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Registers the operators' API over parked events; imported by the messaging
 * auto-configuration in servlet services.
 */
@Configuration(proxyBeanMethods = false)
@Import(ParkedEventsController.class)
public class ParkedEventsApi {

}
