/**
 * Values every feature shares: exact amounts in øre, yearly splits, totals as a source
 * states them, approximate dates as an announcement words them, project periods and CVR
 * numbers. No feature logic lives here.
 */
@ApplicationModule(type = Type.OPEN)
@NullMarked
package dk.pulje.money;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.ApplicationModule.Type;
