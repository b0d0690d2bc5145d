/**
 * Who and where: the people the service can reach (contacts, loyalty tiers), stores'
 * managers, and the names of stores and products from their services' public APIs.
 */
@NullMarked
package com.jainshikanji.notification.directory;

import org.jspecify.annotations.NullMarked;
