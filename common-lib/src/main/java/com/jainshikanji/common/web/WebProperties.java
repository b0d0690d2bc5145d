package com.jainshikanji.common.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Web settings shared by the services.
 *
 * @param maxRequestBody the largest request body accepted; larger ones get 413
 */
@ConfigurationProperties("jainshikanji.web")
public record WebProperties(@DefaultValue("1MB") DataSize maxRequestBody) {
}
