/**
 * The database as the running application sees it: the embedded H2 database kept durable
 * and open for the application's lifetime, and a health check that proves the database
 * still takes writes.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dk.pulje.database;
