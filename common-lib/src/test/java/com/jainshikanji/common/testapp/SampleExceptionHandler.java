package com.jainshikanji.common.testapp;

import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.jainshikanji.common.web.ProblemDetailsAdvice;

@RestControllerAdvice
class SampleExceptionHandler extends ProblemDetailsAdvice {

}
