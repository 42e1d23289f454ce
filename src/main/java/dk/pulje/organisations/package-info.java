/**
 * Organisations that apply for money: municipalities and regions (present from the first
 * start with their official codes), general practices, private organisations and state
 * bodies, each identified by a checked CVR number.
 */
@NullMarked
package dk.pulje.organisations;

import org.jspecify.annotations.NullMarked;
