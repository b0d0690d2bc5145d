/**
 * Identity: registration, login with throttling, refresh-token sessions (JSON or cookie
 * delivery), the access tokens every service trusts and the keys that verify them, and
 * staff store access learnt from the store service.
 */
@NullMarked
package com.jainshikanji.customer.identity;

import org.jspecify.annotations.NullMarked;
