/**
 * Where each store delivers (zones of postal codes with their fee and time) and the
 * delivery quote: whether, at what fee and how fast a store delivers to a postal code
 * right now.
 */
@NullMarked
package com.jainshikanji.store.delivery;

import org.jspecify.annotations.NullMarked;
