/**
 * The caseworker's back office as pages: the calls and their applications with the pools'
 * rules checked beside each, decisions taken while the page shows what the call has left,
 * completing a call's allocation and re-posting what is left, and the decision letter as
 * PDF. Pages only; the rules are the pools' and applications' features'.
 */
package dk.pulje.casework;
