package dk.pulje.funding;

/**
 * Finansloven, Satspuljeaftalen, Økonomiaftalen, a municipal budget, or another kind of
 * agreement.
 */
public enum AgreementKind {

	FINANCE_ACT, POOL_AGREEMENT, ECONOMY_AGREEMENT, MUNICIPAL_BUDGET, OTHER

}
