package dk.pulje.funding;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface Agreements extends ListCrudRepository<Agreement, Long> {

	List<Agreement> findByAgreementYear(Integer agreementYear);

	List<Agreement> findByAgreementYearIsNull();

}
