package com.jainshikanji.testsupport.spring;

import java.util.List;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Applies {@link WithInfrastructure}; registered in {@code META-INF/spring.factories}.
 */
class InfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		WithInfrastructure annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				WithInfrastructure.class);
		return (annotation != null) ? new InfrastructureContextCustomizer(annotation.database()) : null;
	}

}
