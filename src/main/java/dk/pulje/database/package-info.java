/**
 * The database as the running application sees it: the embedded H2 database kept durable
 * and open for the application's lifetime, and a health check that proves the database
 * still takes writes.
 */
@ApplicationModule(type = Type.OPEN)
@NullMarked
package dk.pulje.database;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.ApplicationModule.Type;
