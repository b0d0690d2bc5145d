/**
 * The gateway's Swagger UI over the API documents of the services that are running.
 */
package com.jainshikanji.gateway.docs;
