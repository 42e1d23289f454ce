/**
 * How a list is cut into pages and sorted. Every list in Pulje pages in SQL, never by
 * loading every row.
 */
@ApplicationModule(type = Type.OPEN)
@NullMarked
package dk.pulje.paging;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.ApplicationModule.Type;
