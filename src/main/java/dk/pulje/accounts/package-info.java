/**
 * Who may do what. Reading what is public needs no login; every write needs an account.
 * Until roles and organisations arrive, the one account is the built-in administrator,
 * created with a generated password on the first start.
 */
package dk.pulje.accounts;
