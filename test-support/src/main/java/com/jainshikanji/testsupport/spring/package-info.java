/**
 * Pointing a Spring application at the test infrastructure.
 */
@NullMarked
package com.jainshikanji.testsupport.spring;

import org.jspecify.annotations.NullMarked;
