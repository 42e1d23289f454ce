/**
 * Values every feature shares: exact amounts in øre, yearly splits, totals as a source
 * states them, approximate dates as an announcement words them, project periods and CVR
 * numbers. No feature logic lives here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dk.pulje.money;
