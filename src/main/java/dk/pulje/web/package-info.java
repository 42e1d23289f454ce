/**
 * The conventions every HTTP endpoint shares: errors as RFC 9457 problem details with
 * each wrong field named in Danish or English, versions as ETags, and the If-Match
 * precondition.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dk.pulje.web;
