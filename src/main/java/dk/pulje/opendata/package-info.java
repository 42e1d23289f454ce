/**
 * Open data: every grant of a completed allocation, for anyone to download without
 * signing in, as a 360Giving package (JSON), its flat CSV form, and IATI 2.03 activities
 * (XML). The files are written as they are read from the database, never held whole, and
 * carry an ETag and Last-Modified so that harvesters fetch only what changed.
 */
@NullMarked
package dk.pulje.opendata;

import org.jspecify.annotations.NullMarked;
