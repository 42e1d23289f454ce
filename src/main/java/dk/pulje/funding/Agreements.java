package dk.pulje.funding;

import org.springframework.data.repository.ListCrudRepository;

interface Agreements extends ListCrudRepository<Agreement, Long> {

	java.util.List<Agreement> findByAgreementYear(Integer agreementYear);

	java.util.List<Agreement> findByAgreementYearIsNull();

}
