/**
 * The audit history: who changed which record, when, in which request, from which values
 * to which. It listens to every aggregate's save and to failed logins; no feature has to
 * call it, and nothing can change what it recorded.
 */
@NullMarked
package dk.pulje.audit;

import org.jspecify.annotations.NullMarked;
