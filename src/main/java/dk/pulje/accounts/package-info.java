/**
 * Who may do what. People sign in with an account (a password, a personal access token
 * for the API, or a business login through OpenID Connect); each account has one role
 * (administrator, caseworker, analyst, reviewer, applicant) and, for applicants, the
 * organisations it acts for. Every page and endpoint has its rule in one ordered table,
 * {@code AccessRules}; reading what is public needs no login, and an applicant sees only
 * its own organisations' data.
 */
@NullMarked
package dk.pulje.accounts;

import org.jspecify.annotations.NullMarked;
