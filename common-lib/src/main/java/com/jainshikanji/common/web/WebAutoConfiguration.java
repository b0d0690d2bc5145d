package com.jainshikanji.common.web;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Problem+json plumbing for servlet services: error controller, body size limit, JSON
 * bodies only, NUL characters refused in bodies and parameters, data access problems.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebProperties.class)
@Import({ ProblemErrorController.class, ParameterBinding.class })
public class WebAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ProblemResponseWriter problemResponseWriter(JsonMapper jsonMapper) {
		return new ProblemResponseWriter(jsonMapper);
	}

	/**
	 * Problems for every error, reading {@link ProblemType} off domain exceptions; a
	 * service's own subclass (for true special cases) replaces it.
	 */
	@Bean
	@ConditionalOnMissingBean(ProblemDetailsAdvice.class)
	ProblemDetailsAdvice problemDetailsAdvice() {
		return new ProblemDetailsAdvice();
	}

	@Bean
	FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(WebProperties properties,
			ProblemResponseWriter writer) {
		FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestBodyLimitFilter(properties.maxRequestBody().toBytes(), writer));
		// Before security: an oversized body is refused before anything reads it.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RawParameterFilter> rawParameterFilter(ProblemResponseWriter writer) {
		FilterRegistrationBean<RawParameterFilter> registration = new FilterRegistrationBean<>(
				new RawParameterFilter(writer));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
		return registration;
	}

	/**
	 * A whole number sent as {@code 1.5} (a quantity, a rating) is refused, naming the
	 * field, rather than cut to {@code 1} without a word.
	 */
	@Bean
	JsonMapperBuilderCustomizer wholeNumbersStayWhole() {
		return (builder) -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
	}

	/**
	 * A named value is read whatever its case: services write some in capitals
	 * ({@code ANDROID}) and some in small letters ({@code delivery}), and an app sending
	 * {@code android} means the same. What is written back does not change.
	 */
	@Bean
	JsonMapperBuilderCustomizer namedValuesInAnyCase() {
		return (builder) -> builder.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS);
	}

	/** The same for query parameters and paths. */
	@Bean
	WebMvcConfigurer namedParametersInAnyCase() {
		return new WebMvcConfigurer() {

			@Override
			public void addFormatters(FormatterRegistry registry) {
				registry.addConverterFactory(new AnyCaseEnums());
			}

		};
	}

	/**
	 * Every JSON string a service reads refuses NUL characters, which PostgreSQL cannot
	 * store in any text column; the refusal names the field.
	 */
	@Bean
	SimpleModule nulRefusingStrings() {
		return new SimpleModule("nul-refusing-strings").addDeserializer(String.class,
				new NulRefusingStringDeserializer());
	}

	/**
	 * The API reads and writes JSON only. Spring adds a YAML converter whenever
	 * jackson-dataformat-yaml is on the class path (swagger-core brings Jackson 2's), and
	 * that converter reads with a Jackson 2 mapper that has none of the rules above: a
	 * YAML order with a NUL character reached PostgreSQL and failed as a 500.
	 */
	@Bean
	ServerHttpMessageConvertersCustomizer jsonOnlyBodies() {
		return (builder) -> builder.configureMessageConvertersList((converters) -> converters
			.removeIf((converter) -> converter.getSupportedMediaTypes().contains(MediaType.APPLICATION_YAML)));
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(DataAccessException.class)
	@Import(DataAccessProblemsAdvice.class)
	static class DataAccessProblemsConfiguration {

	}

}
