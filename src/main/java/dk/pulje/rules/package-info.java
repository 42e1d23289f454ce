/**
 * How a feature says no: a broken domain rule, a record that does not exist, a change
 * made against a stale version. The web layer turns these into problem details; the
 * features only throw them.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dk.pulje.rules;
