package dk.pulje.funding;

/**
 * A national action plan (handlingsplan), a strategy, a programme, or a single initiative
 * of an agreement.
 */
public enum ProgrammeKind {

	ACTION_PLAN, STRATEGY, PROGRAMME, INITIATIVE

}
