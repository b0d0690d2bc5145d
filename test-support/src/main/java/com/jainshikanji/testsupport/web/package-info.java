/**
 * Reading problem+json answers in tests.
 */
@NullMarked
package com.jainshikanji.testsupport.web;

import org.jspecify.annotations.NullMarked;
