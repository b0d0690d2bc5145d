/**
 * Racing tasks against each other in tests, as requests from many devices race.
 */
@NullMarked
package com.jainshikanji.testsupport.concurrent;

import org.jspecify.annotations.NullMarked;
