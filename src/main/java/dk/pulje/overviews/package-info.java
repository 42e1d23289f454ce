/**
 * The overviews that ministries, regions and committees read, each built from the data
 * (never typed) and offered as a page and as CSV, XLSX and PDF: the pool announcements of
 * a programme, and more to come. Pages only; the figures are the features'.
 */
@NullMarked
package dk.pulje.overviews;

import org.jspecify.annotations.NullMarked;
