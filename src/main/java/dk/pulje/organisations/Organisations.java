package dk.pulje.organisations;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Organisations extends ListCrudRepository<Organisation, Long> {

	Optional<Organisation> findByCvr(dk.pulje.money.Cvr cvr);

	Optional<Organisation> findByOfficialCode(String officialCode);

}
