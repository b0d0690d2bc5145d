package com.jainshikanji.customer.identity;

import java.util.UUID;

/** Whether the account may be used now. */
record AccountStatusResponse(UUID id, boolean active) {
}
