package com.jainshikanji.common.web;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

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
 * bodies only and read strictly (each key once, values of their own JSON type, text
 * PostgreSQL can store), NUL characters refused in parameters, data access problems.
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
	 * A number, an amount or a yes/no is sent as a JSON number or boolean: Jackson read
	 * {@code "quantity": "2"} as 2, a refund's {@code "amount": "10"} as ₹10 and
	 * {@code "isDefault": 1} as true. Text (even {@code ""}) where a number or boolean
	 * belongs, and a number where a boolean belongs, are refused naming the field. A
	 * whole number for a decimal ({@code "amount": 10}) is still a number and is read.
	 * The other way round too: a number or boolean where text belongs
	 * ({@code "couponCode": 123}, {@code "postalCode": 380001}) is refused rather than
	 * read as its digits, which loses leading zeros and hides a client's wrong type.
	 */
	@Bean
	JsonMapperBuilderCustomizer numbersAndBooleansAsSent() {
		return (builder) -> builder.withCoercionConfig(LogicalType.Integer, WebAutoConfiguration::refuseText)
			.withCoercionConfig(LogicalType.Float, WebAutoConfiguration::refuseText)
			.withCoercionConfig(LogicalType.Boolean,
					(config) -> refuseText(config).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Textual,
					(config) -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
	}

	private static MutableCoercionConfig refuseText(MutableCoercionConfig config) {
		return config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
	}

	/**
	 * A named value is sent by name: {@code "platform": 1} was read as the constant at
	 * that position (IOS), which moves whenever a constant is added.
	 */
	@Bean
	JsonMapperBuilderCustomizer namedValuesByNameOnly() {
		return (builder) -> builder.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
	}

	/**
	 * A key sent twice in one object is refused, naming it: JSON leaves its meaning open
	 * and Jackson silently kept the last, so {@code "quantity": 1, "quantity": 40}
	 * ordered 40.
	 */
	@Bean
	JsonMapperBuilderCustomizer eachKeyOnce() {
		return (builder) -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
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
	 * Every JSON string a service reads refuses what PostgreSQL cannot store as sent (NUL
	 * characters, unpaired UTF-16 surrogates); the refusal names the field.
	 */
	@Bean
	SimpleModule storableStrings() {
		return new SimpleModule("storable-strings").addDeserializer(String.class, new StorableStringDeserializer());
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
