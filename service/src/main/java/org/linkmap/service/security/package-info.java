/**
 * Who may do what: the accounts and their roles (with an agency or areas where the role is scoped),
 * HTTP Basic for the API, a login form for the pages, and 401/403 answered as problem details.
 */
package org.linkmap.service.security;
