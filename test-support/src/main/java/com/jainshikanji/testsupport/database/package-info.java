/**
 * Empty databases for tests of migrations.
 */
@NullMarked
package com.jainshikanji.testsupport.database;

import org.jspecify.annotations.NullMarked;
