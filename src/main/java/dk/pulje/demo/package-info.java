/**
 * Demo data for a new installation: the agreements, programmes, pools and calls of the
 * five Danish source documents with their figures as stated, plus invented applications
 * and decisions (marked as demo) so that a new user sees a pool's whole course.
 */
@NullMarked
package dk.pulje.demo;

import org.jspecify.annotations.NullMarked;
