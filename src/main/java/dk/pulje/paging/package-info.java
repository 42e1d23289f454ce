/**
 * How a list is cut into pages and sorted. Every list in Pulje pages in SQL, never by
 * loading every row.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dk.pulje.paging;
