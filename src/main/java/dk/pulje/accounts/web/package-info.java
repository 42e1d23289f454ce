/**
 * The administrator's pages for accounts: who has which role, opening an account (its
 * generated password shown once), changing its role and organisations, deactivating it,
 * and lifting a lock from failed logins.
 */
@NullMarked
package dk.pulje.accounts.web;

import org.jspecify.annotations.NullMarked;
