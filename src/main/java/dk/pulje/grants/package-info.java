/**
 * Granted projects: made by a grant decision, with what they were granted by year and the
 * reports they owe, each with its due date computed from the pool's rules and the project
 * period.
 */
@NullMarked
package dk.pulje.grants;

import org.jspecify.annotations.NullMarked;
